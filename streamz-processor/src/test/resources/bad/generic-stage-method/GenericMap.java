package bad;

import io.streamz.annotations.*;

@Pipeline
public interface GenericMap {
    @Source void emit(String line);
    @Map default <T> T same(T value) { return value; } // ERROR streamz.generic-stage-method
    @Sink void out(String line);
}
