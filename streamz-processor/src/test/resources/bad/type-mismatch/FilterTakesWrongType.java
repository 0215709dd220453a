package bad;

import io.streamz.annotations.*;

@Pipeline
public interface FilterTakesWrongType {
    @Source void emit(String line);
    @Map default String parse(String line) { return line.trim(); }
    @Filter default boolean large(Integer x) { return x > 100; } // ERROR streamz.type-mismatch
    @Sink void out(Integer x);
}
