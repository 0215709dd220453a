package io.streamz.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.streamz.FailedElement;
import io.streamz.GlobalSinks;
import io.streamz.ListSink;
import io.streamz.ScheduledEventLoop;
import io.streamz.StageFailure;
import io.streamz.Stream;
import io.streamz.StreamClosedException;
import io.streamz.UncaughtFailures;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The Java snippets of {@code docs/threading-and-failures.md}, compiled and run word for word
 * (only the variables a snippet assumes are declared around it). {@code DocumentationTest}
 * (streamz-it) checks that the snippets still appear here verbatim.
 */
class ThreadingDocsTest {
    // docs/threading-and-failures.md: the failure handlers
    @Test
    void failureHandlers() throws Exception {
        List<String> alerts = new CopyOnWriteArrayList<>();
        try {
            UncaughtFailures.setDefaultHandler(failure -> alerts.add(StageFailure.stageOf(failure)));
            ScheduledEventLoop loop = new ScheduledEventLoop("ingest", failure -> alerts.add("ingest: " + failure));

            Stream<Integer> looped = new Stream<>(loop);
            looped.buffer(1).sink(x -> {
                throw new IllegalStateException("full");
            });
            looped.emitAndWait(1);
            loop.await(java.util.concurrent.CompletableFuture.runAsync(() -> {}, loop)); // after the buffer's turn
            loop.close();
            try (ScheduledEventLoop other = new ScheduledEventLoop("no-handler")) {
                Stream<Integer> elsewhere = new Stream<>(other);
                elsewhere.latest().sink(io.streamz.Named.consumer("store", x -> {
                    throw new IllegalStateException("down");
                }));
                elsewhere.emitAndWait(1);
                other.await(java.util.concurrent.CompletableFuture.runAsync(() -> {}, other));
            }
            assertEquals(List.of("ingest: java.lang.IllegalStateException: full", "sink: store"), alerts);
        } finally {
            UncaughtFailures.setDefaultHandler(null);
        }
    }

    // docs/threading-and-failures.md: the error route
    @Test
    void errorRoute() {
        Stream<String> lines = new Stream<>("lines");
        Stream<FailedElement> errors = new Stream<>("errors");
        ListSink<FailedElement> dropped = errors.sinkToList();
        ListSink<Integer> numbers = lines.map(Integer::parseInt)
                                         .routeFailuresTo(errors)    // route and go on
                                         .sinkToList();
        lines.emit("1");
        lines.emit("x");                                              // dropped: [map: parseInt, x, NumberFormatException]
        lines.emit("3");                                              // numbers is [1, 3]

        assertEquals(List.of(1, 3), numbers);
        assertEquals("x", dropped.get(0).element());
        assertInstanceOf(NumberFormatException.class, dropped.get(0).error());
        lines.close();
    }

    // docs/threading-and-failures.md: close
    @Test
    void close() {
        int sinks = GlobalSinks.size();

        ScheduledEventLoop loop = new ScheduledEventLoop("windows");
        Stream<Integer> source = new Stream<>(loop);
        ListSink<List<Integer>> windows = source.timedWindow(Duration.ofMillis(100)).sinkToList();
        source.emitAndWait(1);
        source.close();                          // the timer stops, the sink leaves GlobalSinks
        loop.close();                            // the loop's thread ends

        assertEquals(sinks, GlobalSinks.size());
        assertThrows(StreamClosedException.class, () -> windows.sink().emit(List.of()));
        assertThrows(StreamClosedException.class, () -> source.emit(2));
    }
}
