package valid;

import io.streamz.annotations.*;

@Pipeline
public interface SinkNamedLoop {
    @Source void emit(int x);
    @Delay(0) int later(int x);
    @Sink void loop(int x);
}
