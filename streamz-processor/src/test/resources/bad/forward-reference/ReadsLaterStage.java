package bad;

import io.streamz.annotations.*;

@Pipeline
public interface ReadsLaterStage {
    @Source void emit(String line);
    @Sink(from = "parse") void out(int x); // ERROR streamz.forward-reference
    @Map(from = "emit") default int parse(String line) { return Integer.parseInt(line); }
}
