package io.streamz.bench;

import io.reactivex.rxjava3.subjects.PublishSubject;
import io.streamz.Sink;
import io.streamz.Stream;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
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
 * Topology 1, the seed's micro-benchmark {@code source.sink(inc)}: the cost of one emit through
 * one node. The sink applies {@code inc} and adds the result to the checksum.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(Inputs.N)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgs = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
public class SinkOnlyBench {

    static int inc(int x) {
        return x + 1;
    }

    /** The sink function, shared by every implementation. */
    static final class IncSink implements IntConsumer {
        private final Checksum out;

        IncSink(Checksum out) {
            this.out = out;
        }

        @Override
        public void accept(int x) {
            out.accept(inc(x));
        }
    }

    /** What a careful person writes for {@code source.sink(f)}: the sink function in a field, one call per element. */
    static final class HandWrittenPipeline {
        private final IntConsumer out;

        HandWrittenPipeline(IntConsumer out) {
            this.out = out;
        }

        void emit(int x) {
            out.accept(x);
        }
    }

    @State(Scope.Thread)
    public static class HandWritten extends BenchState {
        private final int[] input = Inputs.ints();
        private final HandWrittenPipeline pipeline = new HandWrittenPipeline(new IncSink(out));

        @Override
        public long run() {
            for (int x : input) {
                pipeline.emit(x);
            }
            return out.value();
        }
    }

    /** The class the streamz processor generated from {@link Pipelines.SinkOnly}. */
    @State(Scope.Thread)
    public static class Fused extends BenchState {
        private final int[] input = Inputs.ints();
        private final Pipelines.SinkOnly pipeline =
                Streamz_Pipelines_SinkOnly.builder().out(new IncSink(out)).build();

        @Override
        public long run() {
            for (int x : input) {
                pipeline.emit(x);
            }
            return out.value();
        }
    }

    @State(Scope.Thread)
    public static class Interpreted extends BenchState {
        private final int[] input = Inputs.ints();
        private final Stream<Integer> source = new Stream<>();
        private final Sink<Integer> sink;

        public Interpreted() {
            IncSink inc = new IncSink(out);
            sink = source.sink(inc::accept);
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
    public static class RxJava extends BenchState {
        private final int[] input = Inputs.ints();
        private final PublishSubject<Integer> source = PublishSubject.create();

        public RxJava() {
            IncSink inc = new IncSink(out);
            source.subscribe(inc::accept);
        }

        @Override
        public long run() {
            for (int x : input) {
                source.onNext(x);
            }
            return out.value();
        }
    }

    /** Shared by both Reactor variants: they differ only in the kind of sink at the source. */
    abstract static class ReactorState extends BenchState {
        private final int[] input = Inputs.ints();
        private final ReactorSource<Integer> source;

        ReactorState(ReactorSource<Integer> source) {
            this.source = source;
            IncSink inc = new IncSink(out);
            source.flux().subscribe(inc::accept);
        }

        @Override
        public long run() {
            for (int x : input) {
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
