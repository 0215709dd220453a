package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The one test on a real loop: emitter threads and timers interleave, and no element is lost
 * or duplicated on any branch. Bounded to about a second.
 */
class RealLoopStressTest {
    private static final int EMITTERS = 4;
    private static final int PER_EMITTER = 1_500;

    @Test
    void emittersOnManyThreadsAndTimersLoseAndDuplicateNothing() throws Exception {
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        try (ScheduledEventLoop loop = new ScheduledEventLoop("stress-loop", failures::add)) {
            Stream<Integer> source = new Stream<>(loop);
            List<Integer> buffered = new ArrayList<>();
            List<Integer> delayed = new ArrayList<>();
            List<Integer> limited = new ArrayList<>();
            List<Integer> windowed = new ArrayList<>();
            List<String> wrongThread = new CopyOnWriteArrayList<>();
            List<CompletableFuture<Void>> complete = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                complete.add(new CompletableFuture<>());
            }
            int total = EMITTERS * PER_EMITTER;
            Runnable checkThread = () -> {
                if (!loop.inLoop()) {
                    wrongThread.add(Thread.currentThread().getName());
                }
                List<List<Integer>> branches = List.of(buffered, delayed, limited, windowed);
                for (int i = 0; i < 4; i++) {
                    if (branches.get(i).size() >= total) {
                        complete.get(i).complete(null);
                    }
                }
            };
            source.buffer(8).sinkAsync(x -> {
                checkThread.run();
                buffered.add(x);
                checkThread.run();
                CompletableFuture<Void> written = new CompletableFuture<>();
                loop.schedule(Duration.ofNanos(x % 3 * 1000), () -> written.complete(null));
                return written;
            });
            source.delay(Duration.ofMillis(1)).sink(x -> {
                checkThread.run();
                delayed.add(x);
                checkThread.run();
            });
            source.rateLimit(Duration.ZERO).sink(x -> {
                checkThread.run();
                limited.add(x);
                checkThread.run();
            });
            Stream<List<Integer>> windows = source.timedWindow(Duration.ofMillis(2));
            windows.sink(w -> {
                checkThread.run();
                windowed.addAll(w);
                checkThread.run();
            });

            CountDownLatch start = new CountDownLatch(1);
            List<Thread> emitters = new ArrayList<>();
            List<CompletableFuture<Void>> last = new CopyOnWriteArrayList<>();
            for (int e = 0; e < EMITTERS; e++) {
                int base = e * PER_EMITTER;
                boolean waits = e % 2 == 0;
                Thread t = new Thread(
                        () -> {
                            try {
                                start.await();
                            } catch (InterruptedException interrupted) {
                                return;
                            }
                            CompletableFuture<Void> f = null;
                            for (int i = 0; i < PER_EMITTER; i++) {
                                if (waits && i % 50 == 0) {
                                    source.emitAndWait(base + i);
                                } else {
                                    f = source.emit(base + i).toCompletableFuture();
                                }
                            }
                            last.add(f);
                        },
                        "emitter-" + e);
                emitters.add(t);
                t.start();
            }
            start.countDown();
            for (Thread t : emitters) {
                t.join(TimeUnit.SECONDS.toMillis(10));
            }
            loop.await(CompletableFuture.allOf(last.toArray(new CompletableFuture<?>[0])));
            // what the buffer still holds, the delay and the last window drain after that: wait for
            // every branch to count them all (a lost element shows up as the timeout)
            try {
                loop.await(CompletableFuture.allOf(complete.toArray(new CompletableFuture<?>[0]))
                        .orTimeout(10, TimeUnit.SECONDS));
            } catch (java.util.concurrent.CompletionException e) {
                throw new AssertionError(
                        "a branch lost elements: " + countsOnLoop(loop, buffered, delayed, limited, windowed), e);
            }
            CompletableFuture<Void> snapshot = new CompletableFuture<>();
            List<List<Integer>> seen = new ArrayList<>();
            loop.execute(
                    () -> { // read on the loop thread: the lists are confined to it
                        windows.destroy();
                        seen.addAll(List.of(
                                List.copyOf(buffered),
                                List.copyOf(delayed),
                                List.copyOf(limited),
                                List.copyOf(windowed)));
                        snapshot.complete(null);
                    });
            loop.await(snapshot);

            assertEquals(List.of(), failures);
            assertEquals(List.of(), wrongThread);
            for (List<Integer> branch : seen) {
                assertExactlyOnceAndInOrderPerEmitter(branch);
            }
        }
    }

    private static String countsOnLoop(ScheduledEventLoop loop, List<?>... branches) {
        CompletableFuture<String> counts = new CompletableFuture<>();
        loop.execute(() -> {
            StringBuilder text = new StringBuilder();
            for (List<?> branch : branches) {
                text.append(branch.size()).append(' ');
            }
            counts.complete(text.toString().trim());
        });
        return loop.await(counts);
    }

    private static void assertExactlyOnceAndInOrderPerEmitter(List<Integer> branch) {
        assertEquals(EMITTERS * PER_EMITTER, branch.size());
        Map<Integer, Integer> lastPerEmitter = new HashMap<>();
        boolean[] seen = new boolean[EMITTERS * PER_EMITTER];
        for (int x : branch) {
            assertTrue(!seen[x], "duplicate " + x);
            seen[x] = true;
            int emitter = x / PER_EMITTER;
            int previous = lastPerEmitter.getOrDefault(emitter, -1);
            assertTrue(x > previous, "emitter " + emitter + " reordered: " + previous + " then " + x);
            lastPerEmitter.put(emitter, x);
        }
    }

    @Test
    void theReadmeExampleOnARealLoop() {
        try (ScheduledEventLoop loop = new ScheduledEventLoop("readme-loop")) {
            List<Integer> written = new ArrayList<>();
            CompletableFuture<List<Integer>> allWritten = new CompletableFuture<>();
            Stream<String> source = new Stream<>(loop);
            source.rateLimit(0.001).map(Integer::parseInt).buffer(10).sinkAsync(x -> {
                CompletableFuture<Void> done = new CompletableFuture<>();
                loop.schedule(Duration.ofMillis(2), () -> {
                    written.add(x);
                    if (written.size() == 50) {
                        allWritten.complete(List.copyOf(written));
                    }
                    done.complete(null);
                });
                return done;
            });
            long start = System.nanoTime();
            for (int i = 0; i < 50; i++) {
                source.emit(Integer.toString(i)).toCompletableFuture().join();
            }
            assertTrue(System.nanoTime() - start >= Duration.ofMillis(49).toNanos(), "rate limited to 1 ms");
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                expected.add(i);
            }
            assertEquals(expected, loop.await(allWritten.orTimeout(5, TimeUnit.SECONDS)));
        }
    }
}
