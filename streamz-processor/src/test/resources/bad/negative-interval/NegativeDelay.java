package bad;

import io.streamz.annotations.*;

@Pipeline
public interface NegativeDelay {
    @Source void emit(String line);
    @Delay(-5) String later(String line); // ERROR streamz.negative-interval
    @Sink void out(String line);
}
