package io.streamz.it.diff;

import io.streamz.annotations.CombineLatest;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import java.util.List;

/** combineLatest of two sources: emitting on both inputs, and on the prices only. */
@Pipeline
public interface CombineLatestTwo {
    @Source
    void prices(double price);

    @Source
    void quantities(int quantity);

    @CombineLatest(from = {"prices", "quantities"})
    List<Object> latest(double price, int quantity);

    @Sink
    void both(List<Object> latest);

    @CombineLatest(
            from = {"prices", "quantities"},
            emitOn = {"prices"})
    default double value(double price, int quantity) {
        if (quantity == 13) {
            throw new IllegalStateException("unlucky quantity at price " + price);
        }
        return price * quantity;
    }

    @Sink
    void values(double value);
}
