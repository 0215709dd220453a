package bad;

import io.streamz.annotations.*;

@Pipeline
public sealed interface SealedPipeline permits SealedPipeline.ByHand { // ERROR streamz.sealed-pipeline
    @Source void emit(int x);
    @Sink void out(int x);

    final class ByHand implements SealedPipeline {
        @Override public void emit(int x) {}
        @Override public void out(int x) {}
    }
}
