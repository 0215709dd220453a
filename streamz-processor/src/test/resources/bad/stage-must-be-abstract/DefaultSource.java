package bad;

import io.streamz.annotations.*;

@Pipeline
public interface DefaultSource {
    @Source default void emit(String line) { } // ERROR streamz.stage-must-be-abstract
    @Sink void out(String line);
}
