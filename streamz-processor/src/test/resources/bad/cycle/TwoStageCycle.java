package bad;

import io.streamz.annotations.*;

@Pipeline
public interface TwoStageCycle {
    @Source void emit(int x);
    @Map(from = "inc") default int twice(int x) { return 2 * x; } // ERROR streamz.cycle
    @Map default int inc(int x) { return x + 1; }
    @Sink(from = "emit") void out(int x);
}
