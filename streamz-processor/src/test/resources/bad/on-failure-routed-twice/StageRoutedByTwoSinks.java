package bad;

import io.streamz.FailedElement;
import io.streamz.annotations.*;

@Pipeline
public interface StageRoutedByTwoSinks {
    @Source void emit(String line);
    @Map default int parse(String line) { return Integer.parseInt(line); }
    @Sink void out(int x);
    @OnFailure(from = "parse") void failed(FailedElement failure);
    @OnFailure(from = {"out", "parse"}) void alsoFailed(FailedElement failure); // ERROR streamz.on-failure-routed-twice
}
