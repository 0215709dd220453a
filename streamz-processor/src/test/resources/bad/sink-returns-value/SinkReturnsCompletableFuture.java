package bad;

import io.streamz.annotations.*;

import java.util.concurrent.CompletableFuture;

@Pipeline
public interface SinkReturnsCompletableFuture {
    @Source void emit(String line);
    @Sink default CompletableFuture<Void> out(String line) { // ERROR streamz.sink-returns-value
        return CompletableFuture.completedFuture(null);
    }
}
