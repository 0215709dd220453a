package bad;

import io.streamz.annotations.*;

@Pipeline
public interface Misspelled {
    @Source void emit(String line);
    @Map default int parse(String line) { return Integer.parseInt(line.trim()); }
    @Filter(from = "pars") default boolean large(int x) { return x > 100; } // ERROR streamz.unknown-upstream
    @Sink void out(int x);
}
