package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Metadata and the error route: a routed failure carries its element's metadata into the error
 * stream, on the emitting thread and from the loop ({@code mapAsync}), so a dead-letter stage
 * that works asynchronously holds the element's references until it is done (a Kafka offset is
 * then committed only after its dead letter was written); a {@code mapAsync}'s held references
 * are let go of when its loop closes, not only when its graph does.
 */
class RoutedFailureMetadataTest {
    private final Stream<FailedElement> errors = new Stream<>("errors");
    private final ListSink<List<Map<String, Object>>> carried =
            errors.metadata().sinkToList();

    private static List<Map<String, Object>> ref(RefCounter ref) {
        return List.of(Map.of("ref", ref));
    }

    @Test
    void aFailureRoutedOnTheEmittingThreadCarriesItsElementsMetadata() {
        Stream<String> lines = new Stream<>("lines");
        ListSink<Integer> parsed = lines.map(Named.function("parse", Integer::parseInt))
                .routeFailuresTo(errors)
                .sinkToList();
        RefCounter ok = new RefCounter();
        RefCounter bad = new RefCounter();
        lines.emit("1", ref(ok));
        lines.emit("x", ref(bad));
        assertEquals(List.of(1), parsed);
        assertEquals(List.of(ref(bad)), carried, "only the failed element reaches the error stream");
        assertEquals(0, bad.count());
    }

    @Test
    void aRoutedMapAsyncFailureCarriesItsElementsMetadataUntilTheDeadLetterIsWritten() {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Stream<Integer> numbers = new Stream<>(loop);
        CompletableFuture<Void> written = new CompletableFuture<>();
        errors.sinkAsync(failure -> written);
        ListSink<Integer> out = numbers.mapAsync(
                        Named.function(
                                "lookup",
                                (Integer x) -> x == 2
                                        ? CompletableFuture.<Integer>failedFuture(
                                                new IllegalArgumentException("no " + x))
                                        : CompletableFuture.completedFuture(x)),
                        1)
                .routeFailuresTo(errors)
                .sinkToList();
        RefCounter first = new RefCounter();
        RefCounter failing = new RefCounter();
        numbers.emit(1, ref(first));
        numbers.emit(2, ref(failing));
        loop.runDue();
        assertEquals(List.of(1), out);
        assertEquals(List.of(ref(failing)), carried);
        assertEquals(0, first.count());
        // held while the dead letter is being written: by the mapAsync routing it and by the emit into errors
        assertEquals(2, failing.count());
        written.complete(null);
        loop.runDue();
        assertEquals(0, failing.count());
        assertEquals(List.of(), loop.failures());
    }

    @Test
    void aReportedMapAsyncFailureLetsGoOfItsElementsMetadata() {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Stream<Integer> numbers = new Stream<>(loop);
        numbers.mapAsync(Named.function(
                        "lookup",
                        (Integer x) ->
                                CompletableFuture.<Integer>failedFuture(new IllegalArgumentException("no " + x))))
                .sink(x -> {});
        RefCounter ref = new RefCounter();
        numbers.emit(1, ref(ref));
        loop.runDue();
        assertEquals(0, ref.count());
        assertEquals(1, loop.failures().size());
        assertEquals("mapAsync: lookup", StageFailure.stageOf(loop.failures().get(0)));
    }

    @Test
    void aClosingLoopLetsGoOfTheMetadataOfCallsInFlight() throws Exception {
        ScheduledEventLoop loop = new ScheduledEventLoop("closing");
        try {
            Stream<Integer> numbers = new Stream<>(loop);
            CompletableFuture<Integer> never = new CompletableFuture<>();
            numbers.mapAsync(x -> never, 1).sink(x -> {});
            RefCounter ref = new RefCounter();
            numbers.emit(1, ref(ref)).toCompletableFuture().get(10, TimeUnit.SECONDS);
            // read on the loop, after the emit's task: the emit future completes inside that task,
            // before the emit lets go of its own reference, so the test thread could see 2
            CompletableFuture<Integer> held = new CompletableFuture<>();
            loop.execute(() -> held.complete(ref.count()));
            assertEquals(1, held.get(10, TimeUnit.SECONDS), "held by the call in flight");
            loop.close();
            never.complete(1); // its result hops onto the closed loop, which refuses it
            assertEquals(0, ref.count());
        } finally {
            loop.close();
        }
    }
}
