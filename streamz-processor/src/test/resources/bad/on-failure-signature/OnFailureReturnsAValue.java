package bad;

import io.streamz.FailedElement;
import io.streamz.annotations.*;

@Pipeline
public interface OnFailureReturnsAValue {
    @Source void emit(String line);
    @Map default int parse(String line) { return Integer.parseInt(line); }
    @Sink void out(int x);
    @OnFailure boolean failed(FailedElement failure); // ERROR streamz.on-failure-signature
}
