package bad;

import io.streamz.Accumulated;
import io.streamz.annotations.*;

@Pipeline
public interface WithStateReturnsState {
    @Source void emit(int x);
    @Accumulate(start = "zero", returnsState = true, withState = true) // ERROR streamz.with-state-returns-state
    default Accumulated<Long, String> total(long sum, int x) { return Accumulated.of(sum + x, "+" + x); }
    static long zero() { return 0L; }
    @Sink void out(String total);
}
