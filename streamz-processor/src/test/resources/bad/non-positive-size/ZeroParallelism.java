package bad;

import io.streamz.annotations.*;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

@Pipeline
public interface ZeroParallelism {
    @Source void emit(String x);
    @MapAsync(0) default CompletionStage<Integer> length(String x) { // ERROR streamz.non-positive-size
        return CompletableFuture.completedFuture(x.length());
    }
    @Sink void out(int n);
}
