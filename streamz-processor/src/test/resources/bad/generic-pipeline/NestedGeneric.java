package bad;

import io.streamz.annotations.*;

public class NestedGeneric {
    @Pipeline
    public interface Mapper<A, B> { // ERROR streamz.generic-pipeline
        @Source void emit(A value);
        @Sink void out(A value);
    }
}
