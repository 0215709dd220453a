package bad;

import io.streamz.annotations.*;

@Pipeline
public interface ResetBySink {
    @Source void emit(int x);
    @Source void clear(String why);
    @Sink void log(String why);
    @Accumulate(from = "emit", start = "zero", resetBy = "log") // ERROR streamz.reset-by-sink
    default long total(long sum, int x) { return sum + x; }
    default long zero() { return 0L; }
    @Sink void out(long total);
}
