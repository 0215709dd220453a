package bad;

import io.streamz.annotations.*;

@Pipeline
public interface OnFailureOnASink {
    @Source void emit(String line);
    @Map default int parse(String line) { return Integer.parseInt(line); }
    @Sink void out(int x);
    @Sink(from = "emit") @OnFailure(from = "parse") void failed(String line); // ERROR streamz.on-failure-on-stage
}
