package bad;

import io.streamz.annotations.*;

import java.util.concurrent.CompletableFuture;

@Pipeline
public interface SourceReturnsFuture {
    @Source CompletableFuture<Void> emit(String line); // ERROR streamz.source-returns-value
    @Delay(10) String later(String line);
    @Sink void out(String line);
}
