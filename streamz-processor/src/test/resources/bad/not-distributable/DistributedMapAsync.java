package bad;

import io.streamz.annotations.*;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

@Pipeline(distributed = true)
public interface DistributedMapAsync {
    @Source void emit(String word);
    @MapAsync(2) default CompletionStage<Integer> length(String word) { return CompletableFuture.completedFuture(word.length()); } // ERROR streamz.not-distributable
    @Sink void out(int length);
}
