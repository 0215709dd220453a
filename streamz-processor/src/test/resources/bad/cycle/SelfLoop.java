package bad;

import io.streamz.annotations.*;

@Pipeline
public interface SelfLoop {
    @Source void emit(int x);
    @Map(from = "again") default int again(int x) { return x; } // ERROR streamz.cycle
    @Sink(from = "emit") void out(int x);
}
