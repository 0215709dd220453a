package bad;

import io.streamz.annotations.*;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

@Pipeline
public interface KeyedMapAsync {
    @Source void emit(String word);
    @KeyBy(key = "itself") String byWord(String word);
    default String itself(String word) { return word; }
    @MapAsync(2) default CompletionStage<Integer> length(String word) { return CompletableFuture.completedFuture(word.length()); } // ERROR streamz.keyed-unsupported
    @Sink CompletionStage<Void> out(int length); // ERROR streamz.keyed-unsupported
}
