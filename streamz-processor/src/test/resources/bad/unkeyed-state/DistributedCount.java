package bad;

import io.streamz.annotations.*;

@Pipeline(distributed = true)
public interface DistributedCount {
    @Source void emit(String word);
    @Accumulate(start = "zero") default long count(long n, String word) { return n + 1; } // ERROR streamz.unkeyed-state
    default long zero() { return 0L; }
    @Sink void out(long n);
}
