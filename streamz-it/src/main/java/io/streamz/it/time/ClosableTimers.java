package io.streamz.it.time;

import io.streamz.annotations.Buffer;
import io.streamz.annotations.Delay;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.RateLimit;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import io.streamz.annotations.TimedWindow;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * A pipeline that holds timers and elements (a timed window, a delay, a rate limit, a buffer)
 * and can be closed through its own type: it extends {@link AutoCloseable}, whose {@code close()}
 * every generated class implements.
 */
@Pipeline
public interface ClosableTimers extends AutoCloseable {
    @Source
    CompletionStage<Void> emit(int x);

    @TimedWindow(100)
    List<Integer> windows(int x);

    @Sink
    void windowed(List<Integer> window);

    @Delay(value = 70, from = "emit")
    int later(int x);

    @Sink
    void delayed(int x);

    @RateLimit(value = 50, from = "emit")
    int paced(int x);

    @Buffer(1)
    int queued(int x);

    @Sink
    CompletionStage<Void> written(int x);

    @Override
    void close();
}
