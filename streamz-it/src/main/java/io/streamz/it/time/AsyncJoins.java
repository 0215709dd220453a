package io.streamz.it.time;

import io.streamz.annotations.CombineLatest;
import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import io.streamz.annotations.Zip;
import io.streamz.annotations.ZipLatest;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Joins followed by asynchronous sinks: the work a tuple leaves pending goes back to the emit
 * that completed the tuple, so an awaited emit waits for it and a failed write fails it (or, from
 * a {@code void} source, reaches the loop). A zip of two sources, a combineLatest, a zipLatest,
 * and a zip fed in lock step by one source.
 */
@Pipeline
public interface AsyncJoins {
    @Source
    CompletionStage<Void> numbers(int x);

    @Source
    void words(String word);

    @Zip(from = {"numbers", "words"})
    default String pair(int x, String word) {
        return x + word;
    }

    @Sink
    CompletionStage<Void> pairs(String pair);

    @CombineLatest(
            from = {"numbers", "words"},
            emitOn = "numbers")
    List<Object> latest(int x, String word);

    @Sink
    CompletionStage<?> latests(List<Object> latest);

    @ZipLatest(from = {"words", "numbers"})
    default int tagged(String word, int x) {
        return word.length() * 1000 + x;
    }

    @Sink
    CompletionStage<Void> tags(int tag);

    @Source
    CompletionStage<Void> steps(int x);

    @Map
    default int twice(int x) {
        return 2 * x;
    }

    @Zip(from = {"twice", "steps"})
    default long sum(int twice, int x) {
        return twice + x;
    }

    @Sink
    CompletionStage<Void> sums(long sum);
}
