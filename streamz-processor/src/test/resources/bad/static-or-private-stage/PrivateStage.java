package bad;

import io.streamz.annotations.*;

@Pipeline
public interface PrivateStage {
    @Source void emit(String line);
    @Map private int parse(String line) { return Integer.parseInt(line); } // ERROR streamz.static-or-private-stage
    @Sink void out(int x);
}
