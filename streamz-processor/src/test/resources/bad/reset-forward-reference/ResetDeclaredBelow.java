package bad;

import io.streamz.annotations.*;

@Pipeline
public interface ResetDeclaredBelow {
    @Source void emit(int x);
    @Accumulate(start = "zero", resetBy = "clear") // ERROR streamz.reset-forward-reference
    default long total(long sum, int x) { return sum + x; }
    default long zero() { return 0L; }
    @Sink void out(long total);
    @Source void clear(String why);
}
