package io.streamz.it.time;

import io.streamz.annotations.Accumulate;
import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.RateLimit;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import java.util.concurrent.CompletionStage;

/**
 * rateLimit with primitives: outputs at least 50 ms apart; a synchronous branch from the source
 * keeps a running total. cost throws after the rate limit, on the loop.
 */
@Pipeline
public interface PacedRequests {
    @Source
    CompletionStage<Void> request(int size);

    @RateLimit(50)
    int paced(int size);

    @Map
    default long cost(int size) {
        if (size % 17 == 0) {
            throw new IllegalStateException("cost refuses " + size);
        }
        return size * 3L;
    }

    @Sink
    void costs(long cost);

    @Accumulate(from = "request")
    default long total(long sum, int size) {
        return sum + size;
    }

    @Sink
    void totals(long total);
}
