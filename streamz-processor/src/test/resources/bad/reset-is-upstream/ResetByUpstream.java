package bad;

import io.streamz.annotations.*;

@Pipeline
public interface ResetByUpstream {
    @Source void emit(int x);
    @Accumulate(start = "zero", resetBy = "emit") // ERROR streamz.reset-is-upstream
    default long total(long sum, int x) { return sum + x; }
    default long zero() { return 0L; }
    @Sink void out(long total);
}
