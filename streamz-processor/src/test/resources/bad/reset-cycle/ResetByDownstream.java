package bad;

import io.streamz.annotations.*;

@Pipeline
public interface ResetByDownstream {
    @Source void emit(int x);
    @Accumulate(start = "zero", resetBy = "full") // ERROR streamz.reset-cycle
    default long total(long sum, int x) { return sum + x; }
    default long zero() { return 0L; }
    @Filter default boolean full(long total) { return total > 100; }
    @Sink void out(long total);
}
