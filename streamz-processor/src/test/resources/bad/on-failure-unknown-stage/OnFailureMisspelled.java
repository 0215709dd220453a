package bad;

import io.streamz.FailedElement;
import io.streamz.annotations.*;

@Pipeline
public interface OnFailureMisspelled {
    @Source void emit(String line);
    @Map default int parse(String line) { return Integer.parseInt(line); }
    @Sink void out(int x);
    @OnFailure(from = {"out", "prase"}) void failed(FailedElement failure); // ERROR streamz.on-failure-unknown-stage
}
