package io.streamz.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.VirtualTimeLoop;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** A fused {@code buffer}'s gauges (queued, waiting, busy, held) through its life, and its close. */
class BoundedBufferTest {
    private final VirtualTimeLoop loop = new VirtualTimeLoop();
    private final List<String> received = new ArrayList<>();
    private final List<CompletableFuture<Void>> writes = new ArrayList<>();
    private final BoundedBuffer<String> buffer = new BoundedBuffer<>(loop, 2, x -> {
        received.add(x);
        CompletableFuture<Void> write = new CompletableFuture<>();
        writes.add(write);
        return write;
    });

    private String gauges() {
        return "queued=" + buffer.queued() + " waiting=" + buffer.waiting() + " busy=" + buffer.busy() + " held="
                + buffer.held();
    }

    @Test
    void itsGaugesFollowWhatItHolds() {
        assertEquals("queued=0 waiting=0 busy=false held=0", gauges());
        assertNull(buffer.offer("a"));
        assertNull(buffer.offer("b"));
        assertEquals("queued=2 waiting=0 busy=false held=2", gauges());
        CompletableFuture<Void> c = buffer.offer("c");
        assertFalse(c.isDone(), "full: c waits for room");
        assertEquals("queued=2 waiting=1 busy=false held=3", gauges());
        loop.runDue();
        assertEquals(List.of("a"), received);
        assertTrue(c.isDone(), "a left the queue: c entered it");
        assertEquals("queued=2 waiting=0 busy=true held=3", gauges());
        writes.get(0).complete(null);
        loop.runDue();
        assertEquals(List.of("a", "b"), received);
        assertEquals("queued=1 waiting=0 busy=true held=2", gauges());
        writes.get(1).complete(null);
        loop.runDue();
        writes.get(2).complete(null);
        loop.runDue();
        assertEquals(List.of("a", "b", "c"), received);
        assertEquals("queued=0 waiting=0 busy=false held=0", gauges());
    }

    @Test
    void closingDiscardsWhatIsQueuedFailsTheWaitingAndLetsTheBusyOneFinish() throws Exception {
        buffer.offer("a");
        loop.runDue();
        buffer.offer("b");
        buffer.offer("c");
        CompletableFuture<Void> d = buffer.offer("d");
        assertEquals("queued=2 waiting=1 busy=true held=4", gauges());
        IllegalStateException why = new IllegalStateException("closed");
        buffer.close(why);
        assertEquals("queued=0 waiting=0 busy=true held=1", gauges(), "only the element being processed");
        ExecutionException failed = assertThrows(ExecutionException.class, d::get);
        assertSame(why, failed.getCause());
        assertSame(why, assertThrows(IllegalStateException.class, () -> buffer.offer("e")));
        writes.get(0).complete(null);
        loop.runDue();
        assertEquals(List.of("a"), received, "nothing queued goes on after the close");
        assertEquals("queued=0 waiting=0 busy=false held=0", gauges());
    }
}
