package bad;

import io.streamz.annotations.*;

@Pipeline
public interface FilterReturnsInt {
    @Source void emit(int x);
    @Filter default int large(int x) { return x > 100 ? 1 : 0; } // ERROR streamz.filter-not-boolean
    @Sink void out(int x);
}
