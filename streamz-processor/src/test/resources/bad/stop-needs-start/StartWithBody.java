package bad;

import io.streamz.annotations.*;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

@Pipeline
public interface StartWithBody {
    @Source CompletionStage<Void> emit(int id);
    @MapAsync(stopOnException = true) // ERROR streamz.stop-needs-start
    default CompletionStage<String> lookup(int id) { return CompletableFuture.completedFuture("user-" + id); }
    @Sink void out(String user);
    default void start() {}
}
