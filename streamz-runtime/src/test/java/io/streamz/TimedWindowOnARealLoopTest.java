package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The timed windows built and destroyed from a thread that is not their loop's: the timer starts
 * on the loop, and {@code destroy()} detaches the window from its upstream and stops the timer
 * there, so no window comes after it.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class TimedWindowOnARealLoopTest {
    private final ScheduledEventLoop loop = new ScheduledEventLoop("timed-window-test");

    @AfterEach
    void closeLoop() {
        loop.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"timedWindow", "timedWindowUnique"})
    void startsOnTheLoopAndStopsThereWhenDestroyedFromAnotherThread(String operator) throws Exception {
        BiFunction<Stream<Integer>, Duration, Stream<List<Integer>>> window =
                operator.equals("timedWindow") ? Stream::timedWindow : Stream::timedWindowUnique;
        Source<Integer> source = new Source<>(loop);
        Stream<List<Integer>> windows = window.apply(source, Duration.ofMillis(5)); // built off the loop
        List<List<Integer>> seen = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> twoWindows = new CompletableFuture<>();
        windows.sink(w -> {
            seen.add(w);
            if (seen.size() >= 2) {
                twoWindows.complete(null);
            }
        });
        twoWindows.get(20, TimeUnit.SECONDS); // the timer runs although nobody started it on the loop

        windows.destroy(); // from the test's thread: the stop is handed to the loop
        onLoop(() -> null); // after the stop
        int windowsAtDestroy = seen.size();
        Thread.sleep(50); // ten intervals
        onLoop(() -> null);
        assertEquals(windowsAtDestroy, seen.size(), operator + " kept ticking after destroy()");
        assertTrue(source.downstreams().isEmpty(), operator + " still attached: " + source.downstreams());
    }

    private <V> V onLoop(java.util.concurrent.Callable<V> task) throws Exception {
        CompletableFuture<V> done = new CompletableFuture<>();
        loop.execute(() -> {
            try {
                done.complete(task.call());
            } catch (Exception e) {
                done.completeExceptionally(e);
            }
        });
        return done.get(20, TimeUnit.SECONDS);
    }
}
