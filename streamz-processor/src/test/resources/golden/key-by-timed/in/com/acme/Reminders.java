package com.acme;

import io.streamz.annotations.Delay;
import io.streamz.annotations.KeyBy;
import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.RateLimit;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;

/** Keyed time stages: per user, a delay and a rate limit on per-key timers. */
@Pipeline
public interface Reminders {
    @Source void events(String event);

    @KeyBy(key = "user") String byUser(String event);

    default String user(String event) {
        int colon = event.indexOf(':');
        return colon < 0 ? event : event.substring(0, colon);
    }

    @Delay(250) String later(String event);

    @Map default String remind(String event) {
        return "remember " + event;
    }

    @Sink void reminders(String reminder);

    @RateLimit(value = 100, from = "byUser") String paced(String event);

    @Sink void throttled(String event);
}
