package bad;

import io.streamz.annotations.*;

@Pipeline
public interface StartIsPrivate {
    @Source void emit(int x);
    @Accumulate(start = "zero") default long total(long sum, int x) { return sum + x; } // ERROR streamz.bad-method-shape
    @Sink void out(long total);

    private long zero() { return 0L; }
}
