package bad;

import io.streamz.annotations.*;

@Pipeline
public interface NarrowingPrimitive {
    @Source void emit(long x);
    @Sink void out(int x); // ERROR streamz.type-mismatch
}
