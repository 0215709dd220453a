package bad;

import io.streamz.annotations.*;

@Pipeline
public interface UnknownStart {
    @Source void emit(int x);
    @Accumulate(start = "zeroo") default long total(long sum, int x) { return sum + x; } // ERROR streamz.unknown-method
    @Sink void out(long total);

    default long zero() { return 0L; }
}
