package bad;

import io.streamz.annotations.*;

@Pipeline
public interface ResetWithoutStart {
    @Source void emit(int x);
    @Source void clear(String why);
    @Accumulate(from = "emit", resetBy = "clear") // ERROR streamz.reset-needs-start
    default int total(int sum, int x) { return sum + x; }
    @Sink void out(int total);
}
