package io.streamz.bench;

import io.reactivex.rxjava3.core.BackpressureStrategy;
import io.reactivex.rxjava3.core.Completable;
import io.reactivex.rxjava3.core.Flowable;
import io.reactivex.rxjava3.core.FlowableEmitter;
import io.streamz.ScheduledEventLoop;
import io.streamz.Sink;
import io.streamz.Stream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Topology 6, back pressure: {@code source -> buffer(100) -> sinkAsync}, hand-written,
 * interpreted, fused ({@code @Buffer(100)} then an asynchronous {@code @Sink}), and Reactor's and
 * RxJava's {@code concatMap} with a prefetch of 100 behind a demand bridge, where the sink's work
 * completes on another thread (a single worker, like a database client's). The producer runs on
 * the graph's event loop, as a streamz coroutine would, and pauses whenever an emit's future
 * is not complete (the buffer is full) until it completes. One invocation pushes N elements and
 * waits until the sink has finished the last one: ns per element, so elements per second is
 * 1e9 / score. {@code peakQueueLength} is the most elements ever held by the buffer (queued or
 * waiting to enter), sampled after each emit: back pressure must keep it near 100.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(Inputs.N)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgs = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
public class BufferBench {
    static final int CAPACITY = 100;

    /**
     * What every implementation shares, so that they are measured alike: the loop, the worker,
     * the producer and the asynchronous sink's function; an implementation supplies the emit.
     */
    public abstract static class Topology6 extends BenchState {
        private final int[] input = Inputs.ints();
        final ScheduledEventLoop loop = new ScheduledEventLoop("bench-loop");
        private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread t = new Thread(runnable, "bench-sink-worker");
            t.setDaemon(true);
            return t;
        });
        // Loop thread only, reset by each run before it hands over to the loop:
        private int emitted;
        private int handedToSink;
        private int peakQueueLength;
        // Worker thread only, likewise reset:
        private int finished;
        private CompletableFuture<Void> allFinished;

        /** Pushes {@code x} into the implementation's source, on the loop thread; returns its back-pressure stage. */
        abstract CompletionStage<Void> emit(int x);

        /** Frees what the implementation holds besides the loop and the worker. */
        void release() {}

        /** The asynchronous sink: the element is consumed on the worker thread, which completes the stage. */
        final CompletionStage<Void> write(int x) {
            handedToSink++;
            return CompletableFuture.runAsync(
                    () -> {
                        out.accept(x);
                        if (++finished == input.length) {
                            allFinished.complete(null);
                        }
                    },
                    worker);
        }

        /** Emits until an emit's future is pending (buffer full), then resumes when it completes. Loop thread. */
        private void produce() {
            while (emitted < input.length) {
                CompletionStage<Void> admitted = emit(input[emitted++]);
                peakQueueLength = Math.max(peakQueueLength, emitted - handedToSink);
                CompletableFuture<Void> future = admitted.toCompletableFuture();
                if (!future.isDone()) {
                    future.whenComplete((ignored, failure) -> loop.execute(this::produce));
                    return;
                }
            }
        }

        @Override
        public long run() {
            CompletableFuture<Void> done = new CompletableFuture<>();
            allFinished = done;
            finished = 0;
            peakQueueLength = 0;
            emitted = 0;
            handedToSink = 0;
            loop.execute(this::produce);
            done.join();
            return out.value();
        }

        /**
         * The most elements the buffer held during the last run. Safe to read after {@link #run()}:
         * the loop wrote it before the sink got the last element, whose completion ended the run.
         */
        int peakQueueLength() {
            return peakQueueLength;
        }

        @TearDown
        public void close() {
            release();
            loop.close();
            worker.shutdownNow();
        }
    }

    /**
     * What a careful person writes for the same protocol, on the same loop: a ring of 100 ints,
     * one write in flight, its completion handed back to the loop, and an offer that finds the
     * ring full held aside with a future that completes when a slot frees. No graph, no boxing
     * in the buffer, no per-element bookkeeping beyond the one future of the write itself.
     */
    static final class HandWrittenBuffer {
        private final ScheduledEventLoop loop;
        private final IntFunction<CompletionStage<Void>> write;
        private final int[] ring = new int[CAPACITY];
        private int head;
        private int size;
        private boolean writing;
        private boolean waitingForRoom;
        private int waiting;
        private CompletableFuture<Void> room;

        HandWrittenBuffer(ScheduledEventLoop loop, IntFunction<CompletionStage<Void>> write) {
            this.loop = loop;
            this.write = write;
        }

        /** Loop thread: queues {@code x}; a pending stage when the ring is full (x waits aside). */
        CompletionStage<Void> offer(int x) {
            if (size == CAPACITY) {
                waitingForRoom = true;
                waiting = x;
                room = new CompletableFuture<>();
                return room;
            }
            ring[(head + size++) % CAPACITY] = x;
            if (!writing) {
                loop.execute(this::writeNext); // as a buffer does: the sink runs in a later loop task
            }
            writing = true;
            return CompletableFuture.completedFuture(null);
        }

        private void writeNext() {
            if (size == 0) {
                writing = false;
                return;
            }
            int x = ring[head];
            head = (head + 1) % CAPACITY;
            size--;
            if (waitingForRoom) {
                waitingForRoom = false;
                ring[(head + size++) % CAPACITY] = waiting;
                CompletableFuture<Void> admitted = room;
                room = null;
                admitted.complete(null);
            }
            write.apply(x).whenComplete((ignored, failure) -> loop.execute(this::writeNext));
        }
    }

    @State(Scope.Thread)
    public static class HandWritten extends Topology6 {
        private final HandWrittenBuffer buffer = new HandWrittenBuffer(loop, this::write);

        @Override
        CompletionStage<Void> emit(int x) {
            return buffer.offer(x);
        }
    }

    /** The interpreted {@code Stream} API: {@code source.buffer(100).sinkAsync(write)}. */
    @State(Scope.Thread)
    public static class Interpreted extends Topology6 {
        private final Stream<Integer> source = new Stream<>(loop);
        private final Sink<Integer> sink;

        public Interpreted() {
            sink = source.buffer(CAPACITY).sinkAsync(x -> write(x));
        }

        @Override
        CompletionStage<Void> emit(int x) {
            return source.emit(x);
        }

        @Override
        void release() {
            sink.destroy();
        }
    }

    /** The class the processor generated for {@link Pipelines.BufferedWrites}, on the same loop. */
    @State(Scope.Thread)
    public static class Fused extends Topology6 {
        private final Pipelines.BufferedWrites pipeline = Streamz_Pipelines_BufferedWrites.builder()
                .loop(loop)
                .write(this::write)
                .build();

        @Override
        CompletionStage<Void> emit(int x) {
            return pipeline.emit(x);
        }
    }

    /**
     * The peers have no per-element completion future flowing back to the producer: their back
     * pressure is demand, {@code request(n)} from the consumer. This bridges the two the way a
     * careful user would: an element goes in while there is demand; without demand it is held
     * aside with a future that the next request completes (the 101st element, as in a full
     * buffer). All on the loop thread: requests come from the subscription (before the loop
     * runs) or from the consumer after a write completed on the loop.
     */
    abstract static class DemandBridge extends Topology6 {
        private long requested;
        private boolean holding;
        private int held;
        private CompletableFuture<Void> admitted;

        /** Hands {@code x} to the peer's source; called only with demand. */
        abstract void push(int x);

        /** The peer's demand hook: it runs before the request reaches the source, so the held element goes in a later task. */
        final void request(long n) {
            requested += n;
            if (holding) {
                loop.execute(this::admitHeld);
            }
        }

        private void admitHeld() {
            if (holding && requested > 0) {
                holding = false;
                requested--;
                push(held);
                CompletableFuture<Void> waiting = admitted;
                admitted = null;
                waiting.complete(null);
            }
        }

        @Override
        final CompletionStage<Void> emit(int x) {
            if (requested == 0) {
                holding = true;
                held = x;
                admitted = new CompletableFuture<>();
                return admitted;
            }
            requested--;
            push(x);
            return CompletableFuture.completedFuture(null);
        }
    }

    /**
     * Reactor: {@code Flux.create} as the source, {@code concatMap} with a prefetch of 100 as the
     * buffer (one write at a time, 100 queued), each write's completion published on the loop.
     */
    @State(Scope.Thread)
    public static class ReactorConcatMap extends DemandBridge {
        private final Scheduler onLoop = Schedulers.fromExecutor(loop);
        private FluxSink<Integer> source;
        private final Disposable subscription;

        public ReactorConcatMap() {
            subscription = Flux.<Integer>create(s -> source = s, FluxSink.OverflowStrategy.ERROR)
                    .doOnRequest(this::request)
                    .concatMap(x -> Mono.fromCompletionStage(write(x)).publishOn(onLoop), CAPACITY)
                    .subscribe();
        }

        @Override
        void push(int x) {
            source.next(x);
        }

        @Override
        void release() {
            subscription.dispose();
            onLoop.dispose();
        }
    }

    /**
     * RxJava 3: {@code Flowable.create} as the source, {@code concatMapCompletable} with a prefetch
     * of 100 as the buffer, each write's completion observed on the loop.
     */
    @State(Scope.Thread)
    public static class RxJavaConcatMap extends DemandBridge {
        private final io.reactivex.rxjava3.core.Scheduler onLoop =
                io.reactivex.rxjava3.schedulers.Schedulers.from(loop);
        private FlowableEmitter<Integer> source;
        private final io.reactivex.rxjava3.disposables.Disposable subscription;

        public RxJavaConcatMap() {
            subscription = Flowable.<Integer>create(e -> source = e, BackpressureStrategy.MISSING)
                    .doOnRequest(this::request)
                    .concatMapCompletable(
                            x -> Completable.fromCompletionStage(write(x)).observeOn(onLoop), CAPACITY)
                    .subscribe();
        }

        @Override
        void push(int x) {
            source.onNext(x);
        }

        @Override
        void release() {
            subscription.dispose();
        }
    }

    /** Reported next to the time: the peak buffer occupancy seen in each iteration. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Queue {
        public int peakQueueLength;

        @Setup(Level.Iteration)
        public void reset() {
            peakQueueLength = 0;
        }
    }

    @Benchmark
    public long handWritten(HandWritten s, Queue queue) {
        return measure(s, queue);
    }

    @Benchmark
    public long interpreted(Interpreted s, Queue queue) {
        return measure(s, queue);
    }

    @Benchmark
    public long fused(Fused s, Queue queue) {
        return measure(s, queue);
    }

    @Benchmark
    public long reactorConcatMap(ReactorConcatMap s, Queue queue) {
        return measure(s, queue);
    }

    @Benchmark
    public long rxJavaConcatMap(RxJavaConcatMap s, Queue queue) {
        return measure(s, queue);
    }

    private static long measure(Topology6 s, Queue queue) {
        long checksum = s.run();
        queue.peakQueueLength = Math.max(queue.peakQueueLength, s.peakQueueLength());
        return checksum;
    }
}
