package io.streamz.it.diff;

import io.streamz.FailedElement;
import io.streamz.annotations.Accumulate;
import io.streamz.annotations.Filter;
import io.streamz.annotations.KeyBy;
import io.streamz.annotations.Map;
import io.streamz.annotations.OnFailure;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;

/**
 * Error routes per key: {@link Routes} with a {@code @KeyBy} after {@code trimmed}, so parse,
 * positive, total and totals run per sensor and route to {@code rejected} (an output port of the
 * engine), trimmed routes to {@code audit}; a sensor "!" makes the key method throw (not routed).
 */
@Pipeline
public interface KeyedRoutes {
    record Reading(String sensor, String text) {}

    @Source
    void readings(Reading reading);

    @Map
    default Reading trimmed(Reading reading) {
        return new Reading(reading.sensor(), Routes.trimText(reading.text()));
    }

    @KeyBy(key = "sensor")
    Reading bySensor(Reading reading);

    default String sensor(Reading reading) {
        if (reading.sensor().equals("!")) {
            throw new IllegalArgumentException("no sensor");
        }
        return reading.sensor();
    }

    @Map
    default int parse(Reading reading) {
        return Routes.parseText(reading.text());
    }

    @Filter
    default boolean positive(int x) {
        return Routes.isPositive(x);
    }

    @Accumulate(start = "zero")
    default long total(long sum, int x) {
        return Routes.add(sum, x);
    }

    static long zero() {
        return 0L;
    }

    @Sink
    void totals(long total);

    @OnFailure(from = {"parse", "positive", "total", "totals"})
    void rejected(FailedElement failure);

    @OnFailure(from = "trimmed")
    void audit(FailedElement failure);
}
