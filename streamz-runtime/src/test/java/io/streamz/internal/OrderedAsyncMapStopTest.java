package io.streamz.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.VirtualTimeLoop;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A fused {@code mapAsync} with stop-on-exception: stopped by a failed call, resumed in order. */
class OrderedAsyncMapStopTest {
    private final VirtualTimeLoop loop = new VirtualTimeLoop();
    private final List<Integer> started = new ArrayList<>();
    private final List<CompletableFuture<Integer>> calls = new ArrayList<>();
    private final List<Integer> out = new ArrayList<>();

    private CompletionStage<Integer> call(Integer x) {
        started.add(x);
        CompletableFuture<Integer> call = new CompletableFuture<>();
        calls.add(call);
        return call;
    }

    private OrderedAsyncMap<Integer, Integer> map(int parallelism) {
        return new OrderedAsyncMap<Integer, Integer>(loop, this::call, parallelism, x -> {
            out.add(x);
            return null;
        });
    }

    @Test
    void aFailedCallStopsItAndResumingStartsTheHeldOffersWithinTheParallelism() {
        OrderedAsyncMap<Integer, Integer> map = map(1);
        assertSame(map, map.stopOnException());
        assertNull(map.offer(1));
        assertFalse(map.isStopped());
        calls.get(0).completeExceptionally(new IllegalStateException("lookup failed"));
        loop.runDue();
        assertTrue(map.isStopped());
        assertEquals(1, loop.failures().size());
        CompletableFuture<Void> second = map.offer(2);
        CompletableFuture<Void> third = map.offer(3);
        CompletableFuture<Void> fourth = map.offer(4);
        loop.runDue();
        assertEquals(List.of(1), started, "stopped: nothing starts");
        assertFalse(second.isDone());
        map.resume();
        assertFalse(map.isStopped());
        assertEquals(List.of(1, 2), started, "one slot: 2 starts, 3 and 4 wait for it");
        assertTrue(second.isDone());
        assertFalse(third.isDone() || fourth.isDone());
        assertEquals(1, map.inFlight());
        assertEquals(2, map.waiting());
        calls.get(1).complete(20);
        loop.runDue();
        calls.get(2).complete(30);
        loop.runDue();
        calls.get(3).complete(40);
        loop.runDue();
        assertEquals(List.of(20, 30, 40), out);
        assertTrue(third.isDone() && fourth.isDone());
    }

    @Test
    void resumingFromAnotherThreadHopsOntoTheLoop() throws Exception {
        OrderedAsyncMap<Integer, Integer> map = map(2).stopOnException();
        map.offer(1);
        calls.get(0).completeExceptionally(new IllegalStateException("x"));
        loop.runDue();
        CompletableFuture<Void> held = map.offer(2);
        Thread other = new Thread(map::resume);
        other.start();
        other.join();
        assertEquals(List.of(1), started, "not resumed on the other thread");
        assertTrue(map.isStopped());
        loop.runDue();
        assertFalse(map.isStopped());
        assertEquals(List.of(1, 2), started);
        assertTrue(held.isDone());
    }

    @Test
    void whatFailsInTheStopHookIsReportedAndTheMapStopsAnyway() {
        AtomicInteger stops = new AtomicInteger();
        IllegalStateException hookFailure = new IllegalStateException("hook failed");
        OrderedAsyncMap<Integer, Integer> map = map(1).stopOnException(() -> {
            stops.incrementAndGet();
            throw hookFailure;
        });
        map.offer(1);
        map.offer(2);
        IllegalStateException callFailure = new IllegalStateException("call failed");
        calls.get(0).completeExceptionally(callFailure);
        loop.runDue();
        assertEquals(List.of(callFailure, hookFailure), loop.failures());
        assertEquals(1, stops.get());
        assertTrue(map.isStopped());
        assertEquals(List.of(1, 2), started, "2 was waiting for the slot: it goes on");
        calls.get(1).completeExceptionally(new IllegalStateException("again"));
        loop.runDue();
        assertEquals(1, stops.get(), "stopped once");
    }
}
