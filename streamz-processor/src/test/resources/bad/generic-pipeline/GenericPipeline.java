package bad;

import io.streamz.annotations.*;

@Pipeline
public interface GenericPipeline<T> { // ERROR streamz.generic-pipeline
    @Source void emit(T value);
    @Sink void out(T value);
}
