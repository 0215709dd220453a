package com.acme;

import io.streamz.annotations.KeyBy;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Slice;
import io.streamz.annotations.Source;
import io.streamz.annotations.ZipLatest;

/** Per room: each reading with the latest setpoint (zipLatest), and every third reading (slice). */
@Pipeline
public interface Thermostats {
    record Reading(String room, double celsius) {}

    record Setpoint(String room, double celsius) {}

    @Source void readings(Reading reading);

    @KeyBy(key = "room") Reading byRoom(Reading reading);

    default String room(Reading reading) {
        return reading.room();
    }

    @Source void setpoints(Setpoint setpoint);

    @KeyBy(key = "setpointRoom") Setpoint setpointByRoom(Setpoint setpoint);

    default String setpointRoom(Setpoint setpoint) {
        return setpoint.room();
    }

    @ZipLatest(from = {"byRoom", "setpointByRoom"}) default boolean heating(Reading reading, Setpoint setpoint) {
        return reading.celsius() < setpoint.celsius();
    }

    @Sink void heat(boolean on);

    @Slice(from = "byRoom", start = 1, end = 10, step = 3) Reading sampled(Reading reading);

    @Sink void samples(Reading reading);
}
