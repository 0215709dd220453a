package bad;

import io.streamz.annotations.*;

@Pipeline
public interface AfterSink {
    @Source void emit(String line);
    @Sink void out(String line);
    @Sink void log(String line); // ERROR streamz.upstream-is-sink
}
