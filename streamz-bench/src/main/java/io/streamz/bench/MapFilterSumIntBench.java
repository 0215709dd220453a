package io.streamz.bench;

import io.reactivex.rxjava3.subjects.PublishSubject;
import io.streamz.Sink;
import io.streamz.Stream;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
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
 * Topology 2 on primitive ints: {@code source -> map(x + 1) -> filter(even) -> accumulate(sum,
 * start 0L) -> sink}. The libraries without primitive streams (interpreted, RxJava, Reactor)
 * box the int at the source, as their users would.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(Inputs.N)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgs = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
public class MapFilterSumIntBench {

    static int inc(int x) {
        return x + 1;
    }

    static boolean even(int x) {
        return x % 2 == 0;
    }

    static long add(long sum, int x) {
        return sum + x;
    }

    /** What a careful person writes for this topology: the state in a field, one call per element. */
    static final class HandWrittenPipeline {
        private final LongConsumer out;
        private long total;

        HandWrittenPipeline(LongConsumer out) {
            this.out = out;
        }

        void emit(int x) {
            int inc = inc(x);
            if (even(inc)) {
                total = add(total, inc);
                out.accept(total);
            }
        }
    }

    /** The hand-written pipeline, pushed one element at a time: the denominator of the ratios. */
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

    /**
     * The floor of the computation itself: one loop over the array with the running total and
     * the sink's sum in locals, written back once per invocation. No push pipeline can do this
     * (its state and its sink live in fields between emits); it shows what those fields cost.
     */
    @State(Scope.Thread)
    public static class HandLoop extends BenchState {
        private final int[] input = Inputs.ints();
        private long total;

        @Override
        public long run() {
            long sum = total;
            long sunk = 0;
            for (int x : input) {
                int inc = inc(x);
                if (even(inc)) {
                    sum = add(sum, inc);
                    sunk += sum;
                }
            }
            total = sum;
            out.accept(sunk);
            return out.value();
        }
    }

    @State(Scope.Thread)
    public static class Fused extends BenchState {
        private final int[] input = Inputs.ints();
        private final Pipelines.MapFilterSumInt pipeline =
                Streamz_Pipelines_MapFilterSumInt.builder().out(out).build();

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
        private final Sink<Long> sink = source.map(x -> inc(x))
                .filter(x -> even(x))
                .accumulate((Long sum, Integer x) -> add(sum, x), 0L)
                .sink(v -> out.accept(v.longValue()));

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
            source.map(x -> inc(x))
                    .filter(x -> even(x))
                    .scan(0L, (sum, x) -> add(sum, x))
                    .subscribe(v -> out.accept(v.longValue()));
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
            // scan emits its seed once, at subscription: 0 adds nothing to the checksum.
            source.flux()
                    .map(x -> inc(x))
                    .filter(x -> even(x))
                    .scan(0L, (sum, x) -> add(sum, x))
                    .subscribe(v -> out.accept(v.longValue()));
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
    public long handLoop(HandLoop s) {
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
