package bad;

import io.streamz.annotations.*;

@Pipeline
public interface KeyByWithoutKey {
    @Source void emit(String word);
    @KeyBy String byWord(String word); // ERROR streamz.key-by-shape
    @Accumulate(start = "zero") default long count(long n, String word) { return n + 1; }
    default long zero() { return 0L; }
    @Sink void out(long n);
}
