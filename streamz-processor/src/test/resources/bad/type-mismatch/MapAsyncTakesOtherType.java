package bad;

import io.streamz.annotations.*;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

@Pipeline
public interface MapAsyncTakesOtherType {
    @Source void emit(String x);
    @MapAsync(2) default CompletionStage<Integer> length(Integer x) { // ERROR streamz.type-mismatch
        return CompletableFuture.completedFuture(x);
    }
    @Sink void out(int n);
}
