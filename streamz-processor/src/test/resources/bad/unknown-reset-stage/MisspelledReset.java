package bad;

import io.streamz.annotations.*;

@Pipeline
public interface MisspelledReset {
    @Source void emit(int x);
    @Source void midnight(String tick);
    @Accumulate(from = "emit", start = "zero", resetBy = "midnite") // ERROR streamz.unknown-reset-stage
    default long total(long sum, int x) { return sum + x; }
    default long zero() { return 0L; }
    @Sink void out(long total);
}
