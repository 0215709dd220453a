package bad;

import io.streamz.annotations.*;

@Pipeline
public interface OverloadedStages {
    @Source void emit(String line);
    @Map default int parse(String line) { return Integer.parseInt(line); }
    @Map default int parse(int x) { return x * 2; } // ERROR streamz.duplicate-stage-name
    @Sink void out(int x);
}
