package valid;

import io.streamz.annotations.*;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** mapAsync: default parallelism, widening its parameter, a generic result, branches after it. */
@Pipeline
public interface MapAsyncs {
    @Source void emit(int x);
    @MapAsync default CompletionStage<Long> widened(long x) {
        return CompletableFuture.completedFuture(x * 2);
    }
    @MapAsync(value = 4, from = "emit") default CompletionStage<List<String>> words(Object x) {
        return CompletableFuture.completedFuture(List.of(String.valueOf(x)));
    }
    @Sink void lists(List<String> words);
    @Sink(from = "widened") void longs(long x);
    @Sink(from = "widened") CompletionStage<Void> stored(Long x);
}
