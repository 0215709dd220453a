package bad;

import io.streamz.annotations.*;

@Pipeline
public interface ResetByItself {
    @Source void emit(int x);
    @Accumulate(start = "zero", resetBy = "total") // ERROR streamz.reset-cycle
    default long total(long sum, int x) { return sum + x; }
    default long zero() { return 0L; }
    @Sink void out(long total);
}
