package valid;

import io.streamz.annotations.*;

/** The example of the @Pipeline model: primitive widening int -> long without start. */
@Pipeline
public interface Totals {
    @Source void emit(String line);
    @Map default int parse(String line) { return Integer.parseInt(line.trim()); }
    @Filter default boolean large(int x) { return x > 100; }
    @Accumulate default long total(long sum, int x) { return sum + x; }
    @Sink void out(long total);
}
