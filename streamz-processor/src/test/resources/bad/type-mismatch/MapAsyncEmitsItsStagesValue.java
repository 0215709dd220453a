package bad;

import io.streamz.annotations.*;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

@Pipeline
public interface MapAsyncEmitsItsStagesValue {
    @Source void emit(String x);
    @MapAsync(2) default CompletionStage<Integer> length(String x) {
        return CompletableFuture.completedFuture(x.length());
    }
    @Sink void out(String n); // ERROR streamz.type-mismatch
}
