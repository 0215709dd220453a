package bad;

import io.streamz.annotations.*;

@Pipeline(distributed = true)
public interface DistributedReset {
    @Source void emit(String word);
    @Source void clear(String why);
    @KeyBy(key = "itself", from = "emit") String byWord(String word);
    default String itself(String word) { return word; }
    @Accumulate(start = "zero", resetBy = "clear") // ERROR streamz.keyed-unsupported
    default long count(long n, String word) { return n + 1; }
    default long zero() { return 0L; }
    @Sink void out(long count);
}
