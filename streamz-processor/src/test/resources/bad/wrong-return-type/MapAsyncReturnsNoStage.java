package bad;

import io.streamz.annotations.*;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

@Pipeline
public interface MapAsyncReturnsNoStage {
    @Source void emit(String x);
    @MapAsync(2) default int length(String x) { // ERROR streamz.wrong-return-type
        return x.length();
    }
    @MapAsync(value = 2, from = "emit") default CompletionStage<? extends Number> wildcard(String x) { // ERROR streamz.wrong-return-type
        return CompletableFuture.completedFuture(x.length());
    }
    @MapAsync(value = 2, from = "emit") default CompletableFuture<Integer> future(String x) { // ERROR streamz.wrong-return-type
        return CompletableFuture.completedFuture(x.length());
    }
    @Sink(from = "emit") void out(String s);
}
