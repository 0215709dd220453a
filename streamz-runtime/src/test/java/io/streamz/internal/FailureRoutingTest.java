package io.streamz.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.streamz.FailedElement;
import io.streamz.Named;
import io.streamz.StageFailure;
import io.streamz.StageOverflowException;
import io.streamz.Stream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * What fused code does where a stage routes its failures ({@link Failures#routed},
 * {@link Failures#routedAsync}, {@link Failures#routingFailed}, {@link AsyncCalls#routed}),
 * against what the interpreted {@code routeFailuresTo} does.
 */
class FailureRoutingTest {
    @Test
    void aStagesOwnFailureBecomesTheFailedElementTheInterpretedStageRoutes() {
        Stream<String> source = new Stream<>("in");
        List<FailedElement> interpreted = new ArrayList<>();
        Stream<FailedElement> errors = new Stream<>("errors");
        errors.sink(interpreted::add);
        source.map(Named.function("parse", Integer::parseInt))
                .routeFailuresTo(errors)
                .sink(x -> {});
        source.emit("x1");

        NumberFormatException failure = new NumberFormatException("For input string: \"x1\"");
        FailedElement fused = Failures.routed("map: parse", "x1", failure);
        assertEquals(1, interpreted.size());
        assertEquals(interpreted.get(0).stage(), fused.stage());
        assertEquals("map: parse", fused.stage());
        assertEquals("x1", fused.element());
        assertSame(failure, fused.error(), "the user's exception, unwrapped");
        assertEquals("map: parse", StageFailure.stageOf(failure));
        assertEquals(StageFailure.stageOf(interpreted.get(0).error()), StageFailure.stageOf(fused.error()));
        FailedElement nullElement = Failures.routed("map: parse", null, new IllegalStateException("null in"));
        assertEquals(null, nullElement.element());
    }

    @Test
    void aFailureAnotherStageNamedFirstIsThrownNotRouted() {
        RuntimeException inner = Failures.record("sink: out", new IllegalStateException("downstream"));
        assertSame(inner, assertThrows(IllegalStateException.class, () -> Failures.routed("map: parse", 1, inner)));
        assertEquals("sink: out", StageFailure.stageOf(inner));
        assertEquals(1, inner.getSuppressed().length, "not named twice");
    }

    @Test
    void aCheckedExceptionIsRoutedAsItIs() {
        IOException io = new IOException("disk");
        FailedElement fused = Failures.routed("map: read", "f", io);
        assertSame(io, fused.error());
        assertEquals("map: read", StageFailure.stageOf(io));
    }

    @Test
    void faultsOfTheJvmOrTheGraphAreNeverRouted() {
        OutOfMemoryError oom = new OutOfMemoryError("heap");
        assertSame(oom, assertThrows(OutOfMemoryError.class, () -> Failures.routed("map: parse", 1, oom)));
        assertSame(oom, assertThrows(OutOfMemoryError.class, () -> Failures.routedAsync("mapAsync: f", 1, oom)));
        assertEquals(0, oom.getSuppressed().length, "a VirtualMachineError is passed untouched");
        StageOverflowException overflow = assertThrows(
                StageOverflowException.class, () -> Failures.routed("map: deep", 1, new StackOverflowError()));
        assertEquals("map: deep", overflow.stage());
        StageOverflowException async = assertThrows(
                StageOverflowException.class,
                () -> Failures.routedAsync("mapAsync: deep", 1, new StackOverflowError()));
        assertEquals("mapAsync: deep", async.stage());
        assertSame(
                overflow,
                assertThrows(StageOverflowException.class, () -> Failures.routedAsync("mapAsync: f", 1, overflow)));
    }

    @Test
    void anAsynchronousStageRoutesItsFailureEvenIfAnotherStageNamedIt() {
        RuntimeException named = Failures.record("map: inner", new IllegalStateException("inner"));
        FailedElement routed = Failures.routedAsync("mapAsync: lookup", 7, named);
        assertEquals("mapAsync: lookup", routed.stage());
        assertEquals(7, routed.element());
        assertSame(named, routed.error());
        assertEquals("map: inner", StageFailure.stageOf(named), "the first name stays");
        IllegalArgumentException own = new IllegalArgumentException("own");
        assertSame(own, Failures.routedAsync("mapAsync: lookup", 8, own).error());
        assertEquals("mapAsync: lookup", StageFailure.stageOf(own));
    }

    @Test
    void aFailingErrorSinkThrowsItsOwnFailureWithTheRoutedOneSuppressed() {
        FailedElement routed = Failures.routed("map: parse", "x", new NumberFormatException("x"));
        IllegalStateException sinkFailure = new IllegalStateException("error sink down");
        IllegalStateException thrown = assertThrows(
                IllegalStateException.class, () -> Failures.routingFailed("sink: errors", sinkFailure, routed));
        assertSame(sinkFailure, thrown);
        assertEquals("sink: errors", StageFailure.stageOf(thrown));
        Throwable[] suppressed = thrown.getSuppressed();
        assertEquals(2, suppressed.length);
        assertSame(routed.error(), suppressed[1]);
    }

    @Test
    void aMapAsyncCallFailureGoesToItsRouteAsAFailedElement() {
        List<FailedElement> route = new ArrayList<>();
        BiConsumer<Object, Throwable> handler = AsyncCalls.routed("mapAsync: lookup", route::add);
        IllegalStateException failure = new IllegalStateException("lookup failed");
        handler.accept(3, failure);
        assertEquals(1, route.size());
        assertEquals(new FailedElement("mapAsync: lookup", 3, failure), route.get(0));
        assertEquals("mapAsync: lookup", StageFailure.stageOf(failure));
        OutOfMemoryError oom = new OutOfMemoryError();
        assertSame(oom, assertThrows(OutOfMemoryError.class, () -> handler.accept(4, oom)));
        assertEquals(1, route.size(), "a fatal failure is not routed");
    }

    @Test
    void preloadingAgainLeavesTheFailurePathWorking() {
        Failures.preload();
        Failures.preload();
        IllegalStateException failure = new IllegalStateException("after preload");
        assertSame(failure, Failures.named("map: f", failure));
        assertEquals("map: f", StageFailure.stageOf(failure));
        assertInstanceOf(StageFailure.class, failure.getSuppressed()[0]);
    }
}
