package valid;

import io.streamz.annotations.*;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Asynchronous sinks: abstract and default, CompletionStage<Void> and CompletionStage<?>, primitive and widened. */
@Pipeline
public interface AsyncSinks {
    @Source void emit(String line);
    @Sink CompletionStage<Void> out(String line);
    @Map(from = "emit") default int length(String line) { return line.length(); }
    @Sink CompletionStage<?> lengths(int n);
    @Sink(from = "length") CompletionStage<Void> widened(long n);
    @Sink(from = "length") default CompletionStage<?> logged(Integer n) {
        return CompletableFuture.completedFuture(n);
    }
    @Sink(from = "emit") default CompletionStage<Void> acknowledged(String line) {
        return CompletableFuture.completedStage(null);
    }
    @Sink(from = "emit") void plain(String line);
}
