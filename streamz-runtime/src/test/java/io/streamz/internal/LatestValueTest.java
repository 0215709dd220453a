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
import org.junit.jupiter.api.Test;

/** A fused {@code latest}: the newest value waits while downstream is busy; failures go to the loop. */
class LatestValueTest {
    private final VirtualTimeLoop loop = new VirtualTimeLoop();
    private final List<String> received = new ArrayList<>();
    private final List<CompletableFuture<Void>> writes = new ArrayList<>();
    private final LatestValue<String> latest = new LatestValue<>(loop, x -> {
        received.add(x);
        CompletableFuture<Void> write = new CompletableFuture<>();
        writes.add(write);
        return write;
    });

    @Test
    void onlyTheNewestValueWaitsForABusyDownstream() {
        assertFalse(latest.hasPending());
        assertNull(latest.offer("a"));
        assertTrue(latest.hasPending());
        loop.runDue();
        assertFalse(latest.hasPending(), "a went downstream");
        latest.offer("b");
        latest.offer("c");
        assertTrue(latest.hasPending());
        loop.runDue();
        assertEquals(List.of("a"), received, "busy with a");
        IllegalStateException failed = new IllegalStateException("write of a failed");
        writes.get(0).completeExceptionally(failed);
        loop.runDue();
        assertEquals(List.of("a", "c"), received);
        assertEquals(List.of(failed), loop.failures(), "the failure of a's work, unwrapped, to the loop");
        writes.get(1).complete(null);
        loop.runDue();
        assertEquals(List.of(failed), loop.failures(), "a completed write reports nothing");
        assertFalse(latest.hasPending());
    }

    @Test
    void closingDiscardsTheWaitingValueOnceAndLaterOffersThrow() {
        latest.offer("a");
        loop.runDue();
        latest.offer("b");
        IllegalStateException why = new IllegalStateException("closed");
        latest.close(why);
        assertFalse(latest.hasPending());
        latest.close(new IllegalStateException("again"));
        assertSame(why, assertThrows(IllegalStateException.class, () -> latest.offer("c")), "the first close wins");
        writes.get(0).complete(null);
        loop.runDue();
        assertEquals(List.of("a"), received);
    }
}
