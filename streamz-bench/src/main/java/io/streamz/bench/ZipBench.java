package io.streamz.bench;

import io.reactivex.rxjava3.core.Observable;
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
import reactor.core.publisher.Flux;

/**
 * Topology 3, the seed's branch-and-join example: {@code source -> map(inc)} and
 * {@code source -> map(dec)}, {@code zip} of the two, {@code map(sum)}, sink. Every element
 * goes through both branches and comes out as one sum.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(Inputs.N)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgs = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
public class ZipBench {

    static int inc(int x) {
        return x + 1;
    }

    static int dec(int x) {
        return x - 1;
    }

    static int sum(int a, int b) {
        return a + b;
    }

    /**
     * The physical limit: both branches of one element are computed in the same call, so the
     * join needs no queue. (A general zip must queue, since its inputs can arrive unevenly.)
     */
    static final class HandWrittenPipeline {
        private final IntConsumer out;

        HandWrittenPipeline(IntConsumer out) {
            this.out = out;
        }

        void emit(int x) {
            int inc = inc(x);
            int dec = dec(x);
            out.accept(sum(inc, dec));
        }
    }

    @State(Scope.Thread)
    public static class HandWritten extends BenchState {
        private final int[] input = Inputs.ints();
        private final HandWrittenPipeline pipeline = new HandWrittenPipeline(out);

        @Override
        public long run() {
            for (int x : input) {
                pipeline.emit(x);
            }
            return out.value();
        }
    }

    /** The class the streamz processor generated from {@link Pipelines.BranchAndZip}. */
    @State(Scope.Thread)
    public static class Fused extends BenchState {
        private final int[] input = Inputs.ints();
        private final Pipelines.BranchAndZip pipeline =
                Streamz_Pipelines_BranchAndZip.builder().out(out).build();

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
            Stream<Integer> incremented = source.map(x -> inc(x));
            Stream<Integer> decremented = source.map(x -> dec(x));
            sink = incremented
                    .zip(decremented)
                    .map(pair -> sum((Integer) pair.get(0), (Integer) pair.get(1)))
                    .sink(v -> out.accept(v.intValue()));
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
            Observable.zip(source.map(x -> inc(x)), source.map(x -> dec(x)), (a, b) -> sum(a, b))
                    .subscribe(v -> out.accept(v.intValue()));
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
            Flux<Integer> flux = source.flux();
            Flux.zip(flux.map(x -> inc(x)), flux.map(x -> dec(x)), (a, b) -> sum(a, b))
                    .subscribe(v -> out.accept(v.intValue()));
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
