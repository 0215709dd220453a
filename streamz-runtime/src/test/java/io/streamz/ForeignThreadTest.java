package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Defects 1 and 8 of issue 10: every public method that touches node state from off the loop
 * hops onto it (a foreign {@code collect().flush()} used to race the loop: elements vanished and
 * batches held nulls), and a {@link VirtualTimeLoop} graph changed from a foreign thread either
 * works or fails with no effect (connect used to throw and then be applied anyway).
 */
class ForeignThreadTest {
    private static final int ELEMENTS = 20_000;

    @Test
    void aForeignFlushHopsOntoTheLoopSoNoElementIsLostOrNull() throws Exception {
        try (ScheduledEventLoop loop = new ScheduledEventLoop("flush-race")) {
            Stream<Integer> source = new Stream<>(loop);
            CollectStream<Integer> batches = source.collect();
            ListSink<List<Integer>> out = batches.sinkToList();
            Thread producer = new Thread(() -> {
                for (int i = 0; i < ELEMENTS; i++) {
                    source.emit(i);
                }
            });
            producer.start();
            while (producer.isAlive()) {
                batches.flush(); // from the test thread, while the loop is emitting
            }
            producer.join();
            batches.flush().toCompletableFuture().get(10, TimeUnit.SECONDS);
            List<Integer> all = new ArrayList<>();
            out.forEach(all::addAll);
            assertEquals(ELEMENTS, all.size(), "every element in exactly one batch");
            for (int i = 0; i < ELEMENTS; i++) {
                assertEquals(i, all.get(i), "in emit order, none null");
            }
        }
    }

    @Test
    void cachedReadsOnTheLoopAfterTheEmitsThisThreadHandedOver() throws Exception {
        try (ScheduledEventLoop loop = new ScheduledEventLoop("cached-read")) {
            Stream<Integer> source = new Stream<>(loop);
            CollectStream<Integer> batches = source.collect();
            for (int i = 0; i < 1000; i++) {
                source.emit(i);
            }
            assertEquals(1000, batches.cached().size());
        }
    }

    @Test
    void aForeignFlushFailureCompletesItsStage() throws Exception {
        try (ScheduledEventLoop loop = new ScheduledEventLoop("flush-failure", failure -> {})) {
            Stream<Integer> source = new Stream<>(loop);
            CollectStream<Integer> batches = source.collect();
            batches.sink(Named.consumer("fragile", (List<Integer> b) -> {
                throw new IllegalStateException("batch of " + b.size());
            }));
            source.emit(1);
            CompletableFuture<Void> flushed = batches.flush().toCompletableFuture();
            Exception e = assertThrows(Exception.class, () -> flushed.get(10, TimeUnit.SECONDS));
            assertEquals("batch of 1", e.getCause().getMessage());
        }
    }

    @Test
    void connectFromANonOwnerThreadOfAVirtualLoopFailsWithNoEffect() throws Exception {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Stream<Integer> source = new Stream<>(loop);
        Stream<Integer> extra = new Stream<>();
        ListSink<Integer> out = extra.sinkToList();
        Throwable thrown = onAnotherThread(() -> source.connect(extra));
        assertTrue(thrown instanceof IllegalStateException, String.valueOf(thrown));
        assertTrue(thrown.getMessage().contains("VirtualTimeLoop"), thrown.getMessage());
        loop.runDue();
        source.emit(1);
        assertEquals(List.of(), out, "the connect was not applied later either");
        assertEquals(List.of(), source.downstreams());
        assertEquals(0, loop.pendingTasks());
    }

    @Test
    void destroyFromANonOwnerThreadOfAVirtualLoopFailsWithNoEffect() throws Exception {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Stream<Integer> source = new Stream<>(loop);
        ListSink<Integer> out = source.sinkToList();
        Throwable thrown = onAnotherThread(out::destroy);
        assertTrue(thrown instanceof IllegalStateException, String.valueOf(thrown));
        assertTrue(GlobalSinks.contains(out.sink()), "still registered");
        source.emit(1);
        assertEquals(List.of(1), out, "still connected");
        out.destroy();
    }

    @Test
    void aForeignEmitIntoAVirtualLoopWorksOnceTheOwnerDrivesIt() throws Exception {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Stream<Integer> source = new Stream<>(loop);
        ListSink<Integer> out = source.sinkToList();
        List<CompletionStage<Void>> emitted = new ArrayList<>();
        assertEquals(null, onAnotherThread(() -> emitted.add(source.emit(5))));
        assertEquals(List.of(), out);
        loop.runDue();
        assertEquals(List.of(5), out);
        loop.await(emitted.get(0));
    }

    private static Throwable onAnotherThread(Runnable action) throws InterruptedException {
        Throwable[] thrown = new Throwable[1];
        Thread t = new Thread(() -> {
            try {
                action.run();
            } catch (Throwable e) {
                thrown[0] = e;
            }
        });
        t.start();
        t.join();
        return thrown[0];
    }
}
