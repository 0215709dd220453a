package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.source.SourceContext;
import io.streamz.source.SourceDriver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The lifecycle every source shares: built stopped, start/stop, start from downstream, failures. */
class SourceLifecycleTest {
    private final VirtualTimeLoop loop = new VirtualTimeLoop();

    /** A driver recording its opens and closes, whose context the test drives by hand. */
    private static final class Recording implements SourceDriver<Integer> {
        final List<String> events = new ArrayList<>();
        SourceContext<Integer> context;
        RuntimeException failOpen;

        @Override
        public Session open(SourceContext<Integer> context) {
            if (failOpen != null) {
                throw failOpen;
            }
            this.context = context;
            events.add("open");
            return () -> events.add("close");
        }

        @Override
        public String operatorName() {
            return "recording";
        }
    }

    @Test
    void aSourceIsBuiltStoppedAndStartStopAreIdempotent() {
        Recording driver = new Recording();
        Source<Integer> source = new Source<>(loop, driver);
        assertTrue(source.isStopped());
        source.stop();
        assertEquals(List.of(), driver.events);

        source.start();
        source.start();
        assertFalse(source.isStopped());
        source.stop();
        source.stop();
        assertTrue(source.isStopped());
        assertEquals(List.of("open", "close"), driver.events);

        source.start();
        assertEquals(List.of("open", "close", "open"), driver.events);
    }

    // test_core.py::test_start: start() on a downstream node starts the source upstream
    @Test
    void startOnADownstreamNodeStartsEverySourceUpstream() {
        Recording a = new Recording();
        Recording b = new Recording();
        Source<Integer> left = new Source<>(loop, a);
        Source<Integer> right = new Source<>(loop, b);
        Stream<Integer> joined = left.map(x -> x + 1).union(right);
        ListSink<Integer> out = joined.sinkToList();

        out.sink().start();
        assertEquals(List.of("open"), a.events);
        assertEquals(List.of("open"), b.events);

        a.context.emit(1);
        b.context.emit(10);
        assertEquals(List.of(2, 10), out);

        joined.stop();
        assertTrue(left.isStopped());
        assertTrue(right.isStopped());
    }

    @Test
    void startWalksACycleOnce() {
        Recording driver = new Recording();
        Source<Integer> source = new Source<>(loop, driver);
        Stream<Integer> hub = new Stream<>();
        source.connect(hub);
        Stream<Integer> back = hub.map(x -> x);
        back.connect(hub); // hub <- back <- hub: a cycle
        back.start();
        assertEquals(List.of("open"), driver.events);
    }

    @Test
    void aSourceThatCannotStartThrowsNamingItAndTheOthersStayStopped() {
        Recording good = new Recording();
        Recording bad = new Recording();
        bad.failOpen = new UncheckedIOException(new IOException("disk on fire"));
        Source<Integer> first = new Source<>(loop, good);
        Source<Integer> second = new Source<>(loop, bad).named("broken");
        Stream<Integer> both = first.union(second);

        IllegalStateException e = assertThrows(IllegalStateException.class, both::start);
        assertTrue(e.getMessage().startsWith("<broken; recording> cannot start: "), e.getMessage());
        assertSame(bad.failOpen, e.getCause());
        assertTrue(first.isStopped(), "all or nothing: the source started first is stopped again");
        assertTrue(second.isStopped());
        assertEquals(List.of("open", "close"), good.events);
    }

    @Test
    void aCheckedIoFailureAtStartIsAnUncheckedIoException() {
        Source<Integer> source = new Source<>(loop, context -> {
            throw new java.nio.file.NoSuchFileException("/nowhere");
        });
        UncheckedIOException e = assertThrows(UncheckedIOException.class, source::start);
        assertEquals("<Source> cannot start: java.nio.file.NoSuchFileException: /nowhere", e.getMessage());
        assertTrue(source.isStopped());
    }

    @Test
    void anErrorThrownByOpenLeavesTheSourceStoppedAndTheNextStartOpensAgain() {
        // it left the source marked running with no session: start() then did nothing for good
        List<String> opened = new ArrayList<>();
        AssertionError broken = new AssertionError("the driver broke its contract");
        Source<Integer> source = new Source<>(loop, context -> {
            opened.add("open");
            if (opened.size() == 1) {
                throw broken;
            }
            return () -> opened.add("close");
        });
        ListSink<Integer> out = source.sinkToList();
        assertSame(broken, assertThrows(AssertionError.class, source::start));
        assertTrue(source.isStopped());
        source.start();
        assertFalse(source.isStopped());
        source.stop();
        assertEquals(List.of("open", "open", "close"), opened);
        assertEquals(List.of(), out);
    }

    @Test
    void aDriverReturningNoSessionFailsAtStartNamingTheSource() {
        List<String> out = new ArrayList<>();
        Source<String> source = new Source<String>(loop, context -> {
                    context.loop().execute(() -> context.emit("too early"));
                    return null;
                })
                .named("sloppy");
        source.sink(out::add);
        NullPointerException e = assertThrows(NullPointerException.class, source::start);
        assertEquals(
                "<sloppy; Source> cannot start: its driver's open returned null instead of a Session"
                        + " (return () -> {} when there is nothing to close)",
                e.getMessage());
        assertTrue(source.isStopped());
        loop.runDue();
        assertEquals(List.of(), out, "what the driver scheduled does not emit: the source is not running");
    }

    @Test
    void aSessionThatFailsIsReportedAndStopsTheSource() {
        Recording driver = new Recording();
        Source<Integer> source = new Source<>(loop, driver);
        source.start();
        driver.context.fail(new IOException("gone"));
        assertTrue(source.isStopped());
        assertEquals(List.of("open", "close"), driver.events);
        assertEquals(1, loop.failures().size());
        UncheckedIOException reported =
                assertInstanceOf(UncheckedIOException.class, loop.failures().get(0));
        assertEquals("<recording> stopped: java.io.IOException: gone", reported.getMessage());

        driver.context.fail(new IOException("after the end"));
        assertEquals(1, loop.failures().size(), "a closed session's failures are its own closing");
    }

    @Test
    void aSourceThatRoutesItsFailuresEmitsThemIntoItsErrorStream() {
        Recording driver = new Recording();
        Stream<FailedElement> errors = new Stream<>();
        ListSink<FailedElement> failed = errors.sinkToList();
        Source<Integer> source = new Source<>(loop, driver).routeFailuresTo(errors);
        source.start();
        IOException cause = new IOException("gone");
        driver.context.fail(cause);
        assertTrue(source.isStopped());
        assertEquals(List.of(), loop.failures());
        assertEquals(1, failed.size());
        assertEquals("recording", failed.get(0).stage());
        assertEquals(null, failed.get(0).element());
        assertSame(cause, failed.get(0).error().getCause());
        assertEquals(
                "<recording> stopped: java.io.IOException: gone",
                failed.get(0).error().getMessage());
    }

    @Test
    void anEndedSessionNoLongerEmits() {
        Recording driver = new Recording();
        Source<Integer> source = new Source<>(loop, driver);
        ListSink<Integer> out = source.sinkToList();
        source.start();
        SourceContext<Integer> first = driver.context;
        first.emit(1);
        first.finished();
        assertTrue(source.isStopped());
        assertFalse(first.active());
        CompletionStage<Void> late = first.emit(2);
        assertTrue(late.toCompletableFuture().isCompletedExceptionally());
        Throwable why =
                assertThrows(Throwable.class, () -> late.toCompletableFuture().getNow(null));
        assertInstanceOf(CancellationException.class, why.getCause());
        assertEquals("<recording> is stopped", why.getCause().getMessage());

        source.start(); // a restart is a new session: the old context stays dead
        assertFalse(first.active());
        first.emit(3);
        driver.context.emit(4);
        assertEquals(List.of(1, 4), out);
    }

    @Test
    void stageFailuresAreReportedAndTheSourceGoesOn() {
        Recording driver = new Recording();
        Source<Integer> source = new Source<>(loop, driver);
        ListSink<Integer> out = source.map(x -> 10 / x).sinkToList();
        source.start();
        CompletionStage<Void> failed = driver.context.emit(0);
        driver.context.emit(5);
        assertTrue(failed.toCompletableFuture().isCompletedExceptionally());
        assertEquals(List.of(2), out);
        assertInstanceOf(ArithmeticException.class, loop.failures().get(0));
        assertFalse(source.isStopped());
    }

    @Test
    void anAsynchronousFailureIsReportedToo() {
        Recording driver = new Recording();
        Source<Integer> source = new Source<>(loop, driver);
        CompletableFuture<Void> write = new CompletableFuture<>();
        source.sinkAsync(x -> write);
        source.start();
        CompletionStage<Void> done = driver.context.emit(1);
        assertFalse(done.toCompletableFuture().isDone());
        write.completeExceptionally(new IllegalStateException("db down"));
        loop.runDue();
        assertTrue(done.toCompletableFuture().isCompletedExceptionally());
        assertEquals("db down", loop.failures().get(0).getMessage());
    }

    @Test
    void aManualSourceOnlyFlipsItsFlag() {
        Source<Integer> source = new Source<>(loop);
        ListSink<Integer> out = source.sinkToList();
        assertTrue(source.isStopped());
        source.start();
        assertFalse(source.isStopped());
        source.emit(1);
        source.stop();
        source.emit(2); // fed by hand: stop() does not gate emit
        assertEquals(List.of(1, 2), out);
    }

    @Test
    void theLabelNamesTheDriver() {
        AtomicReference<String> label = new AtomicReference<>();
        Source<Integer> source = new Source<>(loop, new SourceDriver<Integer>() {
            @Override
            public Session open(SourceContext<Integer> context) {
                label.set(context.label());
                return () -> {};
            }

            @Override
            public String operatorName() {
                return "fromThing";
            }

            @Override
            public String detail() {
                return "x.txt";
            }
        });
        assertEquals("<fromThing: x.txt>", source.toString());
        source.start();
        assertEquals("<fromThing: x.txt>", label.get());
        assertTrue(source.toDot().contains("shape=doubleoctagon"));
    }
}
