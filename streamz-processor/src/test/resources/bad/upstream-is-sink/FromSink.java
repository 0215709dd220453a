package bad;

import io.streamz.annotations.*;

@Pipeline
public interface FromSink {
    @Source void emit(String line);
    @Sink void out(String line);
    @Map(from = "out") default int length(String line) { return line.length(); } // ERROR streamz.upstream-is-sink
    @Sink void lengths(int n);
}
