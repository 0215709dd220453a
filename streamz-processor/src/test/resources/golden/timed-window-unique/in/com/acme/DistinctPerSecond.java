package com.acme;

import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import io.streamz.annotations.TimedWindowUnique;
import java.util.List;

/** timedWindowUnique: the distinct events of each second, and the latest event per user every half second. */
@Pipeline
public interface DistinctPerSecond {
    @Source void emit(String event);

    @TimedWindowUnique(1000) List<String> perSecond(String event);

    @Map default int count(List<String> window) {
        return window.size();
    }

    @Sink void out(int count);

    @TimedWindowUnique(value = 500, key = "user", keepLast = true, from = "emit")
    List<String> latestPerUser(String event);

    default String user(String event) {
        return event.substring(0, event.indexOf(':'));
    }

    @Sink void latest(List<String> events);
}
