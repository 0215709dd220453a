package bad;

import io.streamz.Accumulated;
import io.streamz.annotations.*;

@Pipeline
public interface KeyedWithState {
    @Source void emit(String word);
    @KeyBy(key = "itself") String byWord(String word);
    default String itself(String word) { return word; }
    @Accumulate(start = "zero", withState = true) // ERROR streamz.keyed-unsupported
    default long count(long n, String word) { return n + 1; }
    static long zero() { return 0L; }
    @Sink void out(Accumulated<Long, Long> count);
}
