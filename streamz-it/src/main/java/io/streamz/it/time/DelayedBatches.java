package io.streamz.it.time;

import io.streamz.annotations.Delay;
import io.streamz.annotations.Filter;
import io.streamz.annotations.Flatten;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import io.streamz.annotations.Union;
import java.util.List;

/**
 * Batches flattened into a delay with two branches after it, and a union of the delayed
 * elements with a second, undelayed source.
 */
@Pipeline
public interface DelayedBatches {
    @Source
    void batch(List<Integer> batch);

    @Flatten
    Integer element(List<Integer> batch);

    @Delay(30)
    Integer later(Integer x);

    @Filter
    default boolean even(Integer x) {
        return x % 2 == 0;
    }

    @Sink
    void evens(Integer x);

    @Sink(from = "later")
    void all(Integer x);

    @Source
    void urgent(Integer x);

    @Union(from = {"later", "urgent"})
    Integer merged(Integer x);

    @Sink
    void mergedOut(Integer x);
}
