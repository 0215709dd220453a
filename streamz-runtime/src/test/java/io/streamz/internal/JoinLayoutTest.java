package io.streamz.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.LoopClosedException;
import io.streamz.ScheduledEventLoop;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The joins as the runtime's nodes lay them out: inputs added and removed while running,
 * literal positions, an input filling several positions. (The nodes' own tests, in
 * {@code JoinTest}, go through streams; these name the indices.)
 */
class JoinLayoutTest {
    private final List<List<Object>> out = new ArrayList<>();

    private TupleDownstream record() {
        return tuple -> {
            out.add(tuple);
            return null;
        };
    }

    @Test
    void zipKeepsLiteralsAndRenumbersInputsAfterARemovedOne() {
        ZipJoin zip = ZipJoin.laidOut(10, record());
        int a = zip.addInput();
        int b = zip.addInput();
        int c = zip.addInput();
        zip.addPosition(a);
        zip.addLiteral("lit");
        zip.addPosition(b);
        zip.addPosition(c);
        zip.addPosition(a);
        zip.addLiteral(null);
        zip.offer(b, "b1");
        zip.offer(a, 1);
        zip.offer(a, 2);
        zip.offer(c, 'x');
        assertEquals(List.of(Arrays.asList(1, "lit", "b1", 'x', 1, null)), out);

        zip.removeInput(b); // b's positions go; c is now input 1
        assertEquals(1, zip.buffered(0));
        assertEquals(0, zip.buffered(1));
        zip.offer(1, 'y');
        assertEquals(Arrays.asList(2, "lit", 'y', 2, null), out.get(1));
        assertTrue(zip.isEmpty());
    }

    @Test
    void zipWithNoInputsNeverEmitsAndRemovingAnInputForgetsWhatItHeld() {
        ZipJoin zip = ZipJoin.laidOut(10, record());
        zip.addLiteral("only");
        assertEquals(List.of(), out);
        int a = zip.addInput();
        zip.addPosition(a);
        zip.offer(a, 1); // a literal and one input: every element is a tuple
        zip.addPosition(zip.addInput());
        zip.offer(1, "held");
        zip.removeInput(1);
        assertTrue(zip.isEmpty());
        assertEquals(List.of(List.of("only", 1)), out);
        assertThrows(IllegalArgumentException.class, () -> ZipJoin.laidOut(0, record()));
        assertThrows(IndexOutOfBoundsException.class, () -> zip.addPosition(5));
    }

    @Test
    void combineLatestFallsBackToEveryInputWhenTheLastEmittingOneGoes() {
        CombineLatestJoin join = CombineLatestJoin.laidOut(record());
        int a = join.addInput();
        int b = join.addInput();
        join.addPosition(a);
        join.addPosition(b);
        join.addPosition(a);
        join.emitOn(b);
        join.offer(a, 1);
        join.offer(b, "x");
        join.offer(a, 2); // a does not emit
        assertEquals(List.of(List.of(1, "x", 1)), out);

        join.removeInput(b);
        join.offer(0, 3); // no emitting input left: every input emits
        assertEquals(List.of(3, 3), out.get(1));
        int c = join.addInput();
        join.addPosition(c);
        join.offer(0, 4); // c has not produced
        join.offer(c, "c");
        assertEquals(List.of(List.of(1, "x", 1), List.of(3, 3), List.of(4, 4, "c")), out);
    }

    @Test
    void zipLatestHoldsForAnAddedInputAndReleasesWhenItGoes() {
        ZipLatestJoin join = ZipLatestJoin.laidOut(record());
        join.addPosition(0); // the lossless input in a second position too
        int other = join.addInput();
        join.addPosition(other);
        join.offer(0, "a");
        join.offer(0, null);
        assertEquals(2, join.held());
        join.removeInput(other); // nothing left to wait for, but only an arrival releases
        assertEquals(List.of(), out);
        join.offer(0, "b");
        assertEquals(List.of(List.of("a", "a"), Arrays.asList(null, null), List.of("b", "b")), out);
        join.offer(0, "c");
        join.addPosition(join.addInput());
        join.offer(0, "d");
        assertEquals(1, join.held());
        join.discardHeld();
        assertEquals(0, join.held());
        assertThrows(IllegalArgumentException.class, () -> join.removeInput(0));
    }

    @Test
    void aZipOnALoopFailsTheOfferWaitingOverItsMaxsizeWhenTheLoopCloses() throws Exception {
        ScheduledEventLoop loop = new ScheduledEventLoop("zip-join", failure -> {});
        ZipJoin zip = new ZipJoin(2, tuple -> out.add(tuple));
        zip.failWaitsWhenClosed(loop);
        CompletableFuture<Void> within = onLoop(loop, () -> zip.offer(0, 1));
        CompletableFuture<Void> over = null;
        for (int i = 2; i <= 11; i++) { // the default maxsize, 10: the eleventh waits
            int x = i;
            over = onLoop(loop, () -> zip.offer(0, x));
        }
        assertEquals(null, within);
        assertTrue(over != null && !over.isDone(), "the eleventh offer waits for the next tuple");
        loop.close();
        CompletableFuture<Void> waiting = over;
        ExecutionException failed = assertThrows(ExecutionException.class, () -> waiting.get(10, TimeUnit.SECONDS));
        assertInstanceOf(LoopClosedException.class, failed.getCause());
        assertTrue(
                failed.getCause().getMessage().contains("an input over its maxsize was waiting for the next tuple"),
                failed.getCause().getMessage());
        assertEquals(List.of(), out);
    }

    @Test
    void aWaitEndedByATupleOrByCloseIsNotFailedByTheLoopClosingLater() throws Exception {
        ScheduledEventLoop loop = new ScheduledEventLoop("zip-join-ended", failure -> {});
        ZipJoin released = new ZipJoin(2, tuple -> out.add(tuple));
        ZipJoin closed = new ZipJoin(2, tuple -> {});
        released.failWaitsWhenClosed(loop);
        closed.failWaitsWhenClosed(loop);
        CompletableFuture<Void> tupleCame = null;
        CompletableFuture<Void> zipClosed = null;
        for (int i = 0; i <= 10; i++) {
            int x = i;
            tupleCame = onLoop(loop, () -> released.offer(0, x));
            zipClosed = onLoop(loop, () -> closed.offer(1, x));
        }
        onLoop(loop, () -> released.offer(1, "b"));
        IllegalStateException why = new IllegalStateException("closed first");
        onLoop(loop, () -> {
            closed.close(why);
            return null;
        });
        loop.close();
        assertEquals(null, tupleCame.get(10, TimeUnit.SECONDS));
        CompletableFuture<Void> failedByClose = zipClosed;
        ExecutionException failed =
                assertThrows(ExecutionException.class, () -> failedByClose.get(10, TimeUnit.SECONDS));
        assertSame(why, failed.getCause());
        assertEquals(List.of(List.of(0, "b")), out);
    }

    private static <T> T onLoop(ScheduledEventLoop loop, Callable<T> call) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        loop.execute(() -> {
            try {
                result.complete(call.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(10, TimeUnit.SECONDS);
    }
}
