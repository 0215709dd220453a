package bad;

import io.streamz.annotations.*;

@Pipeline
public interface OnFailureTakesAString {
    @Source void emit(String line);
    @Map default int parse(String line) { return Integer.parseInt(line); }
    @Sink void out(int x);
    @OnFailure(from = "parse") void failed(String failure); // ERROR streamz.on-failure-signature
}
