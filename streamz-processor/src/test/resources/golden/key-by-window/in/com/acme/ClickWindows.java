package com.acme;

import io.streamz.annotations.KeyBy;
import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import io.streamz.annotations.TimedWindow;
import java.util.List;

/** Keyed timed windows: per user, aligned windows of clicks, emitted when non-empty. */
@Pipeline
public interface ClickWindows {
    record Click(String user, int millis) {}

    @Source void clicks(Click click);

    @KeyBy(key = "user") Click byUser(Click click);

    default String user(Click click) {
        return click.user();
    }

    @TimedWindow(200) List<Click> perUser(Click click);

    @Map default int count(List<Click> clicks) {
        return clicks.size();
    }

    @Sink void counts(int count);

    @Map(from = "byUser") default int millis(Click click) {
        return click.millis();
    }

    @TimedWindow(300) List<Integer> durations(int millis);

    @Sink void durationWindows(List<Integer> durations);
}
