package bad;

import io.streamz.annotations.*;

@Pipeline
public interface AccumulateElement {
    @Source void emit(int x);
    @Accumulate(start = "zero") default long total(long sum, String x) { return sum + x.length(); } // ERROR streamz.type-mismatch
    @Sink void out(long total);

    default long zero() { return 0L; }
}
