package io.streamz.bench;

import io.streamz.annotations.Accumulate;
import io.streamz.annotations.Buffer;
import io.streamz.annotations.Filter;
import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.SlidingWindow;
import io.streamz.annotations.Source;
import io.streamz.annotations.Unique;
import io.streamz.annotations.Zip;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * The benchmarked topologies as {@code @Pipeline} interfaces. The streamz processor runs in
 * this module's build and generates {@code Streamz_Pipelines_<Name>} for each: the "fused"
 * implementation of the benchmarks. Stage bodies call the same static functions as every
 * other implementation of the topology.
 */
final class Pipelines {
    private Pipelines() {}

    /** Topology 1: {@code source.sink(inc)}; the sink consumer applies {@code inc}. */
    @Pipeline
    public interface SinkOnly {
        @Source
        void emit(int x);

        @Sink
        void out(int x);
    }

    /** Topology 2 on ints: map(x + 1) -> filter(even) -> accumulate(sum, start 0L) -> sink. */
    @Pipeline
    public interface MapFilterSumInt {
        @Source
        void emit(int x);

        @Map
        default int inc(int x) {
            return MapFilterSumIntBench.inc(x);
        }

        @Filter
        default boolean even(int x) {
            return MapFilterSumIntBench.even(x);
        }

        @Accumulate(start = "zero")
        default long total(long sum, int x) {
            return MapFilterSumIntBench.add(sum, x);
        }

        static long zero() {
            return 0L;
        }

        @Sink
        void out(long total);
    }

    /** Topology 2 on ints, measured: {@link MapFilterSumInt} declared {@code @Pipeline(metrics = true)}. */
    @Pipeline(metrics = true)
    public interface MapFilterSumIntMeasured {
        @Source
        void emit(int x);

        @Map
        default int inc(int x) {
            return MapFilterSumIntBench.inc(x);
        }

        @Filter
        default boolean even(int x) {
            return MapFilterSumIntBench.even(x);
        }

        @Accumulate(start = "zero")
        default long total(long sum, int x) {
            return MapFilterSumIntBench.add(sum, x);
        }

        static long zero() {
            return 0L;
        }

        @Sink
        void out(long total);
    }

    /** Topology 2 on objects: the same stages over {@code Integer} elements and a {@code Long} total. */
    @Pipeline
    public interface MapFilterSumBoxed {
        @Source
        void emit(Integer x);

        @Map
        default Integer inc(Integer x) {
            return MapFilterSumBoxedBench.inc(x);
        }

        @Filter
        default boolean even(Integer x) {
            return MapFilterSumBoxedBench.even(x);
        }

        @Accumulate(start = "zero")
        default Long total(Long sum, Integer x) {
            return MapFilterSumBoxedBench.add(sum, x);
        }

        static Long zero() {
            return 0L;
        }

        @Sink
        void out(Long total);
    }

    /** Topology 3: two branches of one source, zipped and summed (zip then map, fused). */
    @Pipeline
    public interface BranchAndZip {
        @Source
        void emit(int x);

        @Map
        default int inc(int x) {
            return ZipBench.inc(x);
        }

        @Map(from = "emit")
        default int dec(int x) {
            return ZipBench.dec(x);
        }

        @Zip(from = {"inc", "dec"})
        default int sum(int a, int b) {
            return ZipBench.sum(a, b);
        }

        @Sink
        void out(int sum);
    }

    /** Topology 4: slidingWindow(3) -> map(mean) -> sink over doubles. */
    @Pipeline
    public interface SlidingMean {
        @Source
        void emit(double x);

        @SlidingWindow(SlidingWindowBench.WINDOW)
        List<Double> window(double x);

        @Map
        default double mean(List<Double> window) {
            return SlidingWindowBench.mean(window);
        }

        @Sink
        void out(double mean);
    }

    /** Topology 5: unique(history = 100) -> sink. */
    @Pipeline
    public interface Dedup {
        @Source
        void emit(int x);

        @Unique(history = UniqueBench.HISTORY)
        int unique(int x);

        @Sink
        void out(int x);
    }

    /**
     * Topology 6: {@code buffer(100) -> sinkAsync}; the asynchronous sink's function, given to
     * the builder, returns the stage of the write it started on the worker thread.
     */
    @Pipeline
    public interface BufferedWrites {
        @Source
        CompletionStage<Void> emit(int x);

        @Buffer(BufferBench.CAPACITY)
        int queued(int x);

        @Sink
        CompletionStage<Void> write(int x);
    }
}
