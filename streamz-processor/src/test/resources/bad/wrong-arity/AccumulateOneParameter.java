package bad;

import io.streamz.annotations.*;

@Pipeline
public interface AccumulateOneParameter {
    @Source void emit(int x);
    @Accumulate default int total(int x) { return x; } // ERROR streamz.wrong-arity
    @Sink void out(int x);
}
