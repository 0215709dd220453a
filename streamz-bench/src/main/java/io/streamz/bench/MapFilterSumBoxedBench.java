package io.streamz.bench;

import io.reactivex.rxjava3.subjects.PublishSubject;
import io.streamz.Sink;
import io.streamz.Stream;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
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
 * Topology 2 on objects: {@code source -> map(x + 1) -> filter(even) -> accumulate(sum, start
 * 0L) -> sink} over {@code Integer} elements (boxed once, before timing) and a {@code Long}
 * running total. Every implementation, the fused one included, works on the boxed types.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(Inputs.N)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgs = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
public class MapFilterSumBoxedBench {

    static Integer inc(Integer x) {
        return x + 1;
    }

    static boolean even(Integer x) {
        return x % 2 == 0;
    }

    static Long add(Long sum, Integer x) {
        return sum + x;
    }

    /** What a careful person writes with the boxed types: the state in a field, one call per element. */
    static final class HandWrittenPipeline {
        private final Consumer<Long> out;
        private Long total = 0L;

        HandWrittenPipeline(Consumer<Long> out) {
            this.out = out;
        }

        void emit(Integer x) {
            Integer inc = inc(x);
            if (even(inc)) {
                total = add(total, inc);
                out.accept(total);
            }
        }
    }

    @State(Scope.Thread)
    public static class HandWritten extends BenchState {
        private final Integer[] input = Inputs.boxedInts();
        private final HandWrittenPipeline pipeline = new HandWrittenPipeline(v -> out.accept(v.longValue()));

        @Override
        public long run() {
            for (Integer x : input) {
                pipeline.emit(x);
            }
            return out.value();
        }
    }

    /** The class the streamz processor generated from {@link Pipelines.MapFilterSumBoxed}. */
    @State(Scope.Thread)
    public static class Fused extends BenchState {
        private final Integer[] input = Inputs.boxedInts();
        private final Pipelines.MapFilterSumBoxed pipeline = Streamz_Pipelines_MapFilterSumBoxed.builder()
                .out(v -> out.accept(v.longValue()))
                .build();

        @Override
        public long run() {
            for (Integer x : input) {
                pipeline.emit(x);
            }
            return out.value();
        }
    }

    @State(Scope.Thread)
    public static class Interpreted extends BenchState {
        private final Integer[] input = Inputs.boxedInts();
        private final Stream<Integer> source = new Stream<>();
        private final Sink<Long> sink = source.map(x -> inc(x))
                .filter(x -> even(x))
                .accumulate((Long sum, Integer x) -> add(sum, x), 0L)
                .sink(v -> out.accept(v.longValue()));

        @Override
        public long run() {
            for (Integer x : input) {
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
        private final Integer[] input = Inputs.boxedInts();
        private final PublishSubject<Integer> source = PublishSubject.create();

        public RxJava() {
            source.map(x -> inc(x))
                    .filter(x -> even(x))
                    .scan(0L, (sum, x) -> add(sum, x))
                    .subscribe(v -> out.accept(v.longValue()));
        }

        @Override
        public long run() {
            for (Integer x : input) {
                source.onNext(x);
            }
            return out.value();
        }
    }

    /** Shared by both Reactor variants: they differ only in the kind of sink at the source. */
    abstract static class ReactorState extends BenchState {
        private final Integer[] input = Inputs.boxedInts();
        private final ReactorSource<Integer> source;

        ReactorState(ReactorSource<Integer> source) {
            this.source = source;
            // scan emits its seed once, at subscription: 0 adds nothing to the checksum.
            source.flux()
                    .map(x -> inc(x))
                    .filter(x -> even(x))
                    .scan(0L, (sum, x) -> add(sum, x))
                    .subscribe(v -> out.accept(v.longValue()));
        }

        @Override
        public long run() {
            for (Integer x : input) {
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
