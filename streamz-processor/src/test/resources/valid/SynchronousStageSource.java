package valid;

import io.streamz.annotations.*;

import java.util.concurrent.CompletionStage;

@Pipeline
public interface SynchronousStageSource {
    @Source CompletionStage<Void> emit(int x);
    @Map default int twice(int x) { return 2 * x; }
    @Sink void out(int x);
}
