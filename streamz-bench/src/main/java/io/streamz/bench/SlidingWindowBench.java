package io.streamz.bench;

import io.reactivex.rxjava3.subjects.PublishSubject;
import io.streamz.Sink;
import io.streamz.Stream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleConsumer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Topology 4: {@code slidingWindow(3) -> map(mean) -> sink} over doubles. Only full windows are
 * emitted (streamz's default), so the first two elements produce nothing.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(Inputs.N)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgs = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
public class SlidingWindowBench {
    static final int WINDOW = 3;

    /** The mean of a window, summed oldest first; every list-based implementation uses it. */
    static double mean(List<Double> window) {
        double sum = 0;
        for (Double x : window) {
            sum += x;
        }
        return sum / window.size();
    }

    /** The physical limit: the window in three locals, shifted by one per element, no list. */
    static final class HandWrittenPipeline {
        private final DoubleConsumer out;
        private double oldest;
        private double middle;
        private double newest;
        private int seen;

        HandWrittenPipeline(DoubleConsumer out) {
            this.out = out;
        }

        void emit(double x) {
            oldest = middle;
            middle = newest;
            newest = x;
            if (seen < WINDOW - 1) {
                seen++;
                return;
            }
            // Same additions in the same order as mean(List): the results are bit-identical.
            out.accept((oldest + middle + newest) / WINDOW);
        }
    }

    @State(Scope.Thread)
    public static class HandWritten extends BenchState {
        private final double[] input = Inputs.doubles();
        private final HandWrittenPipeline pipeline = new HandWrittenPipeline(out);

        @Override
        public long run() {
            for (double x : input) {
                pipeline.emit(x);
            }
            return out.value();
        }
    }

    /** The class the streamz processor generated from {@link Pipelines.SlidingMean}. */
    @State(Scope.Thread)
    public static class Fused extends BenchState {
        private final double[] input = Inputs.doubles();
        private final Pipelines.SlidingMean pipeline =
                Streamz_Pipelines_SlidingMean.builder().out(out).build();

        @Override
        public long run() {
            for (double x : input) {
                pipeline.emit(x);
            }
            return out.value();
        }
    }

    @State(Scope.Thread)
    public static class Interpreted extends BenchState {
        private final double[] input = Inputs.doubles();
        private final Stream<Double> source = new Stream<>();
        private final Sink<Double> sink =
                source.slidingWindow(WINDOW).map(window -> mean(window)).sink(v -> out.accept(v.doubleValue()));

        @Override
        public long run() {
            for (double x : input) {
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
    public static class RxJava extends BenchState {
        private final double[] input = Inputs.doubles();
        private final PublishSubject<Double> source = PublishSubject.create();

        public RxJava() {
            // buffer(3, 1) emits a window of 3 on every element from the third on; partial
            // windows only at completion, which never comes here.
            source.buffer(WINDOW, 1).map(window -> mean(window)).subscribe(v -> out.accept(v.doubleValue()));
        }

        @Override
        public long run() {
            for (double x : input) {
                source.onNext(x);
            }
            return out.value();
        }
    }

    /** Shared by both Reactor variants: they differ only in the kind of sink at the source. */
    abstract static class ReactorState extends BenchState {
        private final double[] input = Inputs.doubles();
        private final ReactorSource<Double> source;

        ReactorState(ReactorSource<Double> source) {
            this.source = source;
            source.flux().buffer(WINDOW, 1).map(window -> mean(window)).subscribe(v -> out.accept(v.doubleValue()));
        }

        @Override
        public long run() {
            for (double x : input) {
                source.emit(x);
            }
            return out.value();
        }
    }

    @State(Scope.Thread)
    public static class ReactorMany extends ReactorState {
        public ReactorMany() {
            super(ReactorSource.serialized());
        }
    }

    @State(Scope.Thread)
    public static class ReactorUnsafe extends ReactorState {
        public ReactorUnsafe() {
            super(ReactorSource.unsafe());
        }
    }

    @Benchmark
    public long handWritten(HandWritten s) {
        return s.run();
    }

    @Benchmark
    public long fused(Fused s) {
        return s.run();
    }

    @Benchmark
    public long interpreted(Interpreted s) {
        return s.run();
    }

    @Benchmark
    public long rxJava(RxJava s) {
        return s.run();
    }

    @Benchmark
    public long reactorMany(ReactorMany s) {
        return s.run();
    }

    @Benchmark
    public long reactorUnsafe(ReactorUnsafe s) {
        return s.run();
    }
}
