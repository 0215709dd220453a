package io.streamz.it.time;

import io.streamz.annotations.Delay;
import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import io.streamz.annotations.TimedWindow;
import java.util.List;

/**
 * Two timed windows: one over the events as they come, one over the events delayed by 250 ms.
 * summary throws on windows of exactly four events: the windows must keep coming.
 */
@Pipeline
public interface WindowedEvents {
    @Source
    void event(String name);

    @TimedWindow(1000)
    List<String> perSecond(String name);

    @Map
    default String summary(List<String> window) {
        if (window.size() == 4) {
            throw new IllegalStateException("summary refuses four events");
        }
        return window.size() + ":" + String.join(",", window);
    }

    @Sink
    void seconds(String summary);

    @Delay(value = 250, from = "event")
    String late(String name);

    @TimedWindow(500)
    List<String> perHalfSecond(String name);

    @Sink
    void halves(List<String> window);
}
