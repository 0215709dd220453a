package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link Stream#emitAndWait} where it cannot wait. A refusal that can be known in advance (a
 * {@link VirtualTimeLoop} graph waited for from another thread) comes before anything is
 * emitted: a caller retrying after it does not emit twice. One known only once the element went
 * in (work pending on the loop's own thread) says that the element was emitted.
 */
class EmitAndWaitRefusalTest {

    @Test
    void fromAnotherThreadThanAVirtualLoopsOwnerNothingIsEmitted() throws Exception {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Stream<Integer> source = new Stream<>("source", loop);
        ListSink<Integer> out = source.sinkToList();
        Throwable refused = CompletableFuture.supplyAsync(() -> {
                    try {
                        source.emitAndWait(1);
                        return null;
                    } catch (Throwable e) {
                        return e;
                    }
                })
                .get(30, TimeUnit.SECONDS);
        assertInstanceOf(IllegalStateException.class, refused);
        assertTrue(
                refused.getMessage().startsWith("cannot emitAndWait into <source; Stream> from thread "),
                refused.getMessage());
        loop.runDue();
        assertEquals(List.of(), out, "the refused element was not handed over");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void onTheLoopsOwnThreadWithWorkPendingTheRefusalSaysTheElementWentIn() throws Exception {
        try (ScheduledEventLoop loop = new ScheduledEventLoop("own-thread", failure -> {})) {
            Stream<Integer> target = new Stream<>("target", loop);
            List<Integer> delayed = new CopyOnWriteArrayList<>();
            CompletableFuture<Void> arrived = new CompletableFuture<>();
            target.delay(Duration.ofMillis(1)).sink(x -> {
                delayed.add(x);
                arrived.complete(null);
            });
            Stream<Integer> trigger = new Stream<>("trigger", loop);
            CompletableFuture<Throwable> refusal = new CompletableFuture<>();
            trigger.sink(x -> {
                try {
                    target.emitAndWait(x);
                    refusal.complete(null);
                } catch (Throwable e) {
                    refusal.complete(e);
                }
            });
            trigger.emit(7);
            Throwable e = refusal.get(30, TimeUnit.SECONDS);
            assertInstanceOf(IllegalStateException.class, e);
            assertEquals(
                    "emitAndWait into <target; Stream>: the element was emitted and its work is still pending,"
                            + " but await on the loop thread own-thread would deadlock; chain on the stage instead",
                    e.getMessage());
            arrived.get(30, TimeUnit.SECONDS);
            assertEquals(List.of(7), delayed, "the element went through, once");
        }
    }
}
