package bad;

import io.streamz.annotations.*;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

@Pipeline
public interface NoStartMethod {
    @Source CompletionStage<Void> emit(int id);
    @MapAsync(value = 2, stopOnException = true) // ERROR streamz.stop-needs-start
    default CompletionStage<String> lookup(int id) { return CompletableFuture.completedFuture("user-" + id); }
    @Sink void out(String user);
}
