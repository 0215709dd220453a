package com.acme;

import io.streamz.annotations.CombineLatest;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import java.util.List;

/** combineLatest emitting on every input, and only on the first. */
@Pipeline
public interface Latest {
    @Source void prices(double price);

    @Source void rates(double rate);

    @CombineLatest(from = {"prices", "rates"}) List<Object> quotes(double price, double rate);

    @Sink void out(List<Object> quote);

    @CombineLatest(from = {"prices", "rates"}, emitOn = "prices")
    default double converted(double price, double rate) {
        return price * rate;
    }

    @Sink void conversions(double converted);
}
