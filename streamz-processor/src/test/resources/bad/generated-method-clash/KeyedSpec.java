package bad;

import io.streamz.annotations.*;

@Pipeline
public interface KeyedSpec {
    @Source void emit(String word);
    @KeyBy(key = "word") String byWord(String word);
    default String word(String w) { return w; }
    @Accumulate(start = "zero") default long count(long n, String w) { return n + 1; }
    default long zero() { return 0L; }
    @Sink void out(long count);

    default String spec() { // ERROR streamz.generated-method-clash
        return "mine";
    }
}
