package io.streamz.bench;

import io.streamz.Sink;
import io.streamz.Stream;
import io.streamz.metrics.PipelineMetrics;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The overhead of metrics: topology 2 on ints ({@code source -> map(x + 1) -> filter(even) ->
 * accumulate(sum) -> sink}, as {@link MapFilterSumIntBench}) without and with metrics, fused and
 * interpreted. {@code fusedOff} is {@link Pipelines.MapFilterSumInt}, the very class
 * {@code MapFilterSumIntBench.fused} times; {@code fusedOn} is the same interface declared
 * {@code @Pipeline(metrics = true)} ({@link Pipelines.MapFilterSumIntMeasured}). The measured
 * ones time the latency of one element in {@code latencySampling} (the library's default 64;
 * {@code -p latencySampling=0} measures the counts alone, 1 a clock read on every element).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(Inputs.N)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgs = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
public class MetricsBench {

    @State(Scope.Thread)
    public static class FusedOff extends BenchState {
        private final int[] input = Inputs.ints();
        private final Pipelines.MapFilterSumInt pipeline =
                Streamz_Pipelines_MapFilterSumInt.builder().out(out::accept).build();

        @Override
        public long run() {
            for (int x : input) {
                pipeline.emit(x);
            }
            return out.value();
        }
    }

    @State(Scope.Thread)
    public static class FusedOn extends BenchState {
        /** One element in how many has its latency timed (0: none); the default is the library's. */
        @Param({"64"})
        public int latencySampling = PipelineMetrics.DEFAULT_LATENCY_SAMPLING;

        private final int[] input = Inputs.ints();
        PipelineMetrics metrics;
        private Pipelines.MapFilterSumIntMeasured pipeline;

        @Setup
        public void measure() {
            metrics = PipelineMetrics.create("bench", latencySampling);
            pipeline = Streamz_Pipelines_MapFilterSumIntMeasured.builder()
                    .metrics(metrics)
                    .out(out::accept)
                    .build();
        }

        @Override
        public long run() {
            for (int x : input) {
                pipeline.emit(x);
            }
            return out.value();
        }
    }

    /** The interpreted graph of {@code MapFilterSumIntBench.interpreted}, optionally measured. */
    abstract static class InterpretedState extends BenchState {
        private final int[] input = Inputs.ints();
        private final Stream<Integer> source = new Stream<>();
        private final Sink<Long> sink = source.map(x -> MapFilterSumIntBench.inc(x))
                .filter(x -> MapFilterSumIntBench.even(x))
                .accumulate((Long sum, Integer x) -> MapFilterSumIntBench.add(sum, x), 0L)
                .sink(v -> out.accept(v.longValue()));

        void measureInto(PipelineMetrics metrics) {
            source.withMetrics(metrics);
        }

        @Override
        public long run() {
            for (int x : input) {
                source.emit(x);
            }
            return out.value();
        }

        @TearDown
        public void destroy() {
            sink.destroy();
        }
    }

    @State(Scope.Thread)
    public static class InterpretedOff extends InterpretedState {}

    @State(Scope.Thread)
    public static class InterpretedOn extends InterpretedState {
        /** One element in how many has its latency timed (0: none); the default is the library's. */
        @Param({"64"})
        public int latencySampling = PipelineMetrics.DEFAULT_LATENCY_SAMPLING;

        PipelineMetrics metrics;

        @Setup
        public void measure() {
            metrics = PipelineMetrics.create("bench", latencySampling);
            measureInto(metrics);
        }
    }

    @Benchmark
    public long fusedOff(FusedOff s) {
        return s.run();
    }

    @Benchmark
    public long fusedOn(FusedOn s) {
        return s.run();
    }

    @Benchmark
    public long interpretedOff(InterpretedOff s) {
        return s.run();
    }

    @Benchmark
    public long interpretedOn(InterpretedOn s) {
        return s.run();
    }
}
