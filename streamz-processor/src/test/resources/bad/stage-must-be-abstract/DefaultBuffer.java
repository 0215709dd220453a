package bad;

import io.streamz.annotations.*;

@Pipeline
public interface DefaultBuffer {
    @Source void emit(String line);
    @Buffer(10) default String queued(String line) { return line; } // ERROR streamz.stage-must-be-abstract
    @Sink void out(String line);
}
