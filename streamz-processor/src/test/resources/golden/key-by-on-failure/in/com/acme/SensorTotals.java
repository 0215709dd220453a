package com.acme;

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
 * Error routes in a keyed pipeline: trimmed (unkeyed scope) routes to audit, a sink with a body
 * running inside the task; per sensor, parse, positive, total and totals route to rejected, an
 * output port of the engine.
 */
@Pipeline
public interface SensorTotals {
    record Reading(String sensor, String text) {}

    @Source void readings(Reading reading);

    @Map default Reading trimmed(Reading reading) {
        if (reading.text().isEmpty()) {
            throw new IllegalArgumentException("empty reading");
        }
        return new Reading(reading.sensor(), reading.text().trim());
    }

    @KeyBy(key = "sensor") Reading bySensor(Reading reading);

    default String sensor(Reading reading) {
        return reading.sensor();
    }

    @Map default int parse(Reading reading) {
        return Integer.parseInt(reading.text());
    }

    @Filter default boolean positive(int x) {
        if (x == 0) {
            throw new IllegalArgumentException("zero");
        }
        return x > 0;
    }

    @Accumulate default long total(long sum, int x) {
        return Math.addExact(sum, x);
    }

    @Sink void totals(long total);

    @OnFailure(from = {"parse", "positive", "total", "totals"}) void rejected(FailedElement failure);

    @OnFailure(from = "trimmed") default void audit(FailedElement failure) {
        System.out.println(failure);
    }
}
