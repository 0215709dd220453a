package bad;

import io.streamz.annotations.*;

@Pipeline
public interface ExplicitFrom {
    @Source void emit(String line);
    @Map default int length(String line) { return line.length(); }
    @Sink(from = "emit") void out(int length); // ERROR streamz.type-mismatch
}
