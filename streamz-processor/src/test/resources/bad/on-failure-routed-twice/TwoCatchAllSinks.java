package bad;

import io.streamz.FailedElement;
import io.streamz.annotations.*;

@Pipeline
public interface TwoCatchAllSinks {
    @Source void emit(String line);
    @Map default int parse(String line) { return Integer.parseInt(line); }
    @Sink void out(int x);
    @OnFailure void failed(FailedElement failure);
    @OnFailure void alsoFailed(FailedElement failure); // ERROR streamz.on-failure-routed-twice
}
