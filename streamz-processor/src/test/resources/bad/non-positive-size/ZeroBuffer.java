package bad;

import io.streamz.annotations.*;

@Pipeline
public interface ZeroBuffer {
    @Source void emit(String line);
    @Buffer(0) String queued(String line); // ERROR streamz.non-positive-size
    @Sink void out(String line);
}
