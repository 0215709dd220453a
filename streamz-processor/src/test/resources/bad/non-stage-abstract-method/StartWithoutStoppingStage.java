package bad;

import io.streamz.annotations.*;

@Pipeline
public interface StartWithoutStoppingStage {
    @Source void emit(int x);
    @Sink void out(int x);
    void start(); // ERROR streamz.non-stage-abstract-method
}
