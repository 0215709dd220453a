package bad;

import io.streamz.annotations.*;

@Pipeline
public interface StartReturnsWrongType {
    @Source void emit(int x);
    @Accumulate(start = "initial") default long total(long sum, int x) { return sum + x; } // ERROR streamz.bad-method-shape
    @Sink void out(long total);

    default String initial() { return "0"; }
}
