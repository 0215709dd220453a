package bad;

import io.streamz.annotations.*;

@Pipeline
public interface FilterReturnsBoxedBoolean {
    @Source void emit(int x);
    @Filter default Boolean large(int x) { return x > 100; } // ERROR streamz.filter-not-boolean
    @Sink void out(int x);
}
