package bad;

import io.streamz.annotations.*;

@Pipeline
public interface SinkReturnsBoolean {
    @Source void emit(String line);
    @Sink boolean out(String line); // ERROR streamz.sink-returns-value
}
