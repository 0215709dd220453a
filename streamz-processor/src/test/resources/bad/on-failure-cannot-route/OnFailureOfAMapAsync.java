package bad;

import io.streamz.FailedElement;
import io.streamz.annotations.*;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

@Pipeline
public interface OnFailureOfAMapAsync {
    @Source CompletionStage<Void> emit(String line);
    @MapAsync default CompletionStage<Integer> parse(String line) { return CompletableFuture.completedFuture(line.length()); }
    @Sink void out(int x);
    @OnFailure(from = "parse") void failed(FailedElement failure); // ERROR streamz.on-failure-cannot-route
}
