package bad;

import io.streamz.annotations.*;

@Pipeline
public interface NothingClose {
    @Source void emit(int x);
    @Accumulate(start = "initialState") default long total(long sum, int x) { return sum + x; } // ERROR streamz.unknown-method
    @Sink void out(long total);
}
