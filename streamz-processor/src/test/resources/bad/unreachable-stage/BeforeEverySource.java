package bad;

import io.streamz.annotations.*;

@Pipeline
public interface BeforeEverySource {
    @Map default int parse(String line) { return Integer.parseInt(line); } // ERROR streamz.unreachable-stage
    @Sink void out(int x);
    @Source void emit(String line);
    @Sink(from = "emit") void log(String line);
}
