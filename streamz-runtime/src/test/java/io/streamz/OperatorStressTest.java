package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * 8 producer threads emit 100,000 elements each into every time and back-pressure operator on a
 * {@link ScheduledEventLoop}, while another thread keeps connecting and disconnecting a second
 * branch: every element reaches the operator's sink exactly once (once at most for
 * {@code latest}, which keeps only the newest), the toggled branch never sees one twice, every
 * emit's stage completes, and nothing hangs (each test has a timeout). Run with {@code -Pstress}.
 */
@Tag("stress")
class OperatorStressTest {
    static final int PRODUCERS = 8;
    static final int PER_PRODUCER = 100_000;
    static final int TOTAL = PRODUCERS * PER_PRODUCER;
    /** Each producer waits for every this-many-th emit's stage: back pressure bounds what is in flight. */
    private static final int AWAIT_EVERY = 64;

    /** Every operator under test, attached between the source (and, for zip, a second source) and the recording sink. */
    enum Operator {
        BUFFER((source, run) -> source.buffer(16)),
        DELAY((source, run) -> source.delay(Duration.ofMillis(1))),
        RATE_LIMIT((source, run) -> source.rateLimit(Duration.ofNanos(100))),
        TIMED_WINDOW((source, run) -> source.timedWindow(Duration.ofMillis(5))),
        LATEST((source, run) -> source.latest()),
        PARTITION_TIMEOUT((source, run) -> source.partition(7, Duration.ofMillis(2))),
        MAP_ASYNC((source, run) -> source.mapAsync(x -> run.later(x), 4)),
        SINK_ASYNC((source, run) -> source),
        ZIP_MAXSIZE((source, run) -> source.zipWithMaxsize(4, run.second));

        final BiFunction<Stream<Integer>, StressRun, Stream<?>> wiring;

        Operator(BiFunction<Stream<Integer>, StressRun, Stream<?>> wiring) {
            this.wiring = wiring;
        }
    }

    @ParameterizedTest
    @EnumSource(Operator.class)
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void everyElementArrivesExactlyOnceWhileBranchesComeAndGo(Operator operator) throws Exception {
        try (StressRun run = new StressRun(operator)) {
            run.produceWhileToggling();
            run.awaitDelivered(operator == Operator.LATEST ? -1 : TOTAL, Duration.ofSeconds(120));
            run.awaitFutures(Duration.ofSeconds(60));
            assertEquals(List.of(), run.failures);
            assertEquals(0, run.futuresFailed(), "emits whose stage failed");
            run.assertNoDuplicates();
            if (operator == Operator.LATEST) {
                run.assertLatestKeptOrderAndTheNewest();
            } else {
                assertEquals(TOTAL, run.delivered(), "elements delivered");
            }
        }
    }

    /**
     * {@code close()} races the producers: every emit's stage still completes (normally, or
     * exceptionally once the loop is closed), no producer hangs, and no element arrives twice.
     */
    @ParameterizedTest
    @EnumSource(Operator.class)
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void closeRacingTheProducersLeavesNothingHangingAndNothingTwice(Operator operator) throws Exception {
        try (StressRun run = new StressRun(operator, Duration.ofMillis(20))) {
            run.produceWhileToggling();
            run.awaitFutures(Duration.ofSeconds(30));
            run.assertNoDuplicates();
            assertTrue(run.futuresFailed() > 0, "close() came after the producers finished; nothing raced");
        }
    }

    /** One run: the loop, the graph, the producers and what arrived. */
    static final class StressRun implements AutoCloseable {
        final ScheduledEventLoop loop;
        final List<Throwable> failures = new CopyOnWriteArrayList<>();
        final Stream<Integer> source;
        final Stream<Integer> second;
        final Operator operator;
        /** How often each id reached the sink, and the toggled branch; atomic, to be read after the loop closed too. */
        final AtomicIntegerArray arrivals = new AtomicIntegerArray(TOTAL);

        final AtomicIntegerArray extraArrivals = new AtomicIntegerArray(TOTAL);
        /** Per producer, the ids in arrival order (latest must keep each producer's order). */
        final List<List<Integer>> arrivalOrder = new ArrayList<>();

        final CompletableFuture<?>[] futures = new CompletableFuture<?>[TOTAL];
        private final AtomicInteger deliveredCount = new AtomicInteger();
        /** The last id the source passed on (a tap attached before the operator), on the loop thread. */
        private int lastIn = -1;

        private final Stream<Object> extra;
        /** The producers and the toggler, interrupted by {@link #close}. */
        private final List<Thread> threads = new CopyOnWriteArrayList<>();

        /** When set, a thread closes the loop this long after production started. */
        private final Duration closeAfter;

        StressRun(Operator operator) {
            this(operator, null);
        }

        StressRun(Operator operator, Duration closeAfter) {
            this.operator = operator;
            this.closeAfter = closeAfter;
            this.loop = new ScheduledEventLoop("stress-" + operator, failures::add);
            this.source = new Stream<>(loop);
            this.second = new Stream<>(loop);
            for (int p = 0; p < PRODUCERS; p++) {
                arrivalOrder.add(new ArrayList<>());
            }
            source.sink(x -> lastIn = x);
            Stream<?> node = operator.wiring.apply(source, this);
            if (operator == Operator.SINK_ASYNC) {
                source.sinkAsync(x -> {
                    record(x);
                    return later(x);
                });
            } else {
                node.sink(this::record);
            }
            extra = new Stream<>(loop);
            extra.sink(x -> extraArrivals.incrementAndGet((Integer) x));
        }

        /** An asynchronous result completed by the loop a moment later, as I/O would be. */
        <T> CompletionStage<T> later(T x) {
            CompletableFuture<T> done = new CompletableFuture<>();
            loop.schedule(Duration.ofNanos(((Integer) x) % 3 * 1_000L), () -> done.complete(x));
            return done;
        }

        /** The sink, on the loop thread: an id, or a list of ids (windows, partitions, zip tuples). */
        private void record(Object x) {
            if (x instanceof List) {
                for (Object member : (List<?>) x) {
                    record(member);
                }
                return;
            }
            int id = (Integer) x;
            arrivals.incrementAndGet(id);
            deliveredCount.incrementAndGet();
            arrivalOrder.get(id / PER_PRODUCER).add(id);
        }

        /** Which source producer {@code p} feeds: the zip's second input takes half of them. */
        private Stream<Integer> sourceOf(int p) {
            return operator == Operator.ZIP_MAXSIZE && p % 2 == 1 ? second : source;
        }

        void produceWhileToggling() throws InterruptedException {
            AtomicBoolean producing = new AtomicBoolean(true);
            Thread toggler = new Thread(() -> {
                while (producing.get() && !loop.isClosed()) {
                    try {
                        source.connect(extra);
                        Thread.onSpinWait();
                        source.disconnect(extra);
                    } catch (RuntimeException afterClose) {
                        if (!loop.isClosed()) {
                            throw afterClose;
                        }
                    }
                }
            });
            toggler.setDaemon(true);
            toggler.start();
            List<Thread> producers = new ArrayList<>();
            for (int p = 0; p < PRODUCERS; p++) {
                int first = p * PER_PRODUCER;
                Stream<Integer> into = sourceOf(p);
                Thread producer = new Thread(() -> produce(into, first), "producer-" + p);
                producer.setDaemon(true); // a producer stuck on a hung future must not keep the JVM alive
                producers.add(producer);
            }
            if (closeAfter != null) {
                Thread closer = new Thread(() -> {
                    sleep(closeAfter);
                    loop.close();
                });
                closer.setDaemon(true);
                producers.add(closer);
            }
            threads.addAll(producers);
            threads.add(toggler);
            producers.forEach(Thread::start);
            for (Thread producer : producers) {
                producer.join();
            }
            producing.set(false);
            toggler.join();
        }

        private void produce(Stream<Integer> into, int first) {
            int end = first + PER_PRODUCER;
            for (int id = first; id < end; id++) {
                CompletableFuture<Void> done;
                try {
                    done = into.emit(id).toCompletableFuture();
                } catch (RuntimeException refused) {
                    // an emit after close fails at once, and so would every later one: the rest
                    // share this failure (800,000 exceptions with their stack traces exhaust the heap)
                    Arrays.fill(futures, id, end, CompletableFuture.failedFuture(refused));
                    return;
                }
                futures[id] = done;
                if (id % AWAIT_EVERY == 0 && !awaitQuietly(done)) {
                    Arrays.fill(futures, id + 1, end, CompletableFuture.failedFuture(new InterruptedException()));
                    return;
                }
            }
        }

        /** Waits for {@code done} to complete either way; false if interrupted ({@link #close} stops a hung producer). */
        private static boolean awaitQuietly(CompletableFuture<Void> done) {
            try {
                done.handle((value, failure) -> null).get();
                return true;
            } catch (InterruptedException e) {
                return false;
            } catch (java.util.concurrent.ExecutionException impossible) {
                throw new AssertionError(impossible);
            }
        }

        private static void sleep(Duration duration) {
            try {
                Thread.sleep(duration.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Reads loop-confined state after a barrier task, so the reads see every write before it. */
        private <T> T onLoop(java.util.function.Supplier<T> read) {
            CompletableFuture<T> result = new CompletableFuture<>();
            loop.execute(() -> result.complete(read.get()));
            return result.join();
        }

        int delivered() {
            return deliveredCount.get();
        }

        /** Waits for {@code expected} deliveries, or until deliveries stop changing when {@code expected} is -1. */
        void awaitDelivered(int expected, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            int last = -1;
            while (System.nanoTime() < deadline) {
                int now = delivered();
                if (now == expected || (expected < 0 && now == last)) {
                    return;
                }
                last = now;
                Thread.sleep(50);
            }
            throw new AssertionError(operator + ": " + delivered() + " of " + expected + " delivered after " + timeout);
        }

        void awaitFutures(Duration timeout) throws InterruptedException {
            try {
                CompletableFuture.allOf(futures)
                        .handle((value, failure) -> null)
                        .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
                List<Integer> pending = new ArrayList<>();
                for (int id = 0; id < TOTAL; id++) {
                    if (!futures[id].isDone()) {
                        pending.add(id);
                    }
                }
                throw new AssertionError(operator + ": " + pending.size() + " emit stages still pending after "
                        + timeout + " (loop closed: " + loop.isClosed() + "), the first: "
                        + pending.subList(0, Math.min(10, pending.size())));
            }
        }

        long futuresFailed() {
            long failed = 0;
            for (CompletableFuture<?> future : futures) {
                failed += future.isCompletedExceptionally() ? 1 : 0;
            }
            return failed;
        }

        void assertNoDuplicates() {
            for (int id = 0; id < TOTAL; id++) {
                if (arrivals.get(id) > 1 || extraArrivals.get(id) > 1) {
                    throw new AssertionError(operator + ": element " + id + " arrived " + arrivals.get(id)
                            + " times, on the toggled branch " + extraArrivals.get(id) + " times");
                }
            }
        }

        void assertLatestKeptOrderAndTheNewest() {
            List<List<Integer>> orders = onLoop(() -> {
                List<List<Integer>> copy = new ArrayList<>();
                arrivalOrder.forEach(order -> copy.add(List.copyOf(order)));
                return copy;
            });
            for (List<Integer> order : orders) {
                for (int i = 1; i < order.size(); i++) {
                    assertTrue(order.get(i - 1) < order.get(i), operator + " reordered a producer's elements");
                }
            }
            // the newest element is always delivered: the last one latest received arrived
            int newest = onLoop(() -> lastIn);
            assertEquals(1, arrivals.get(newest), "arrivals of the newest element, " + newest);
        }

        /** Stops what a failed or timed-out run left behind, so that it does not hold the heap for the next. */
        @Override
        public void close() {
            loop.close();
            threads.forEach(Thread::interrupt);
        }
    }
}
