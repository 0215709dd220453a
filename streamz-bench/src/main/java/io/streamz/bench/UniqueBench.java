package io.streamz.bench;

import io.reactivex.rxjava3.subjects.PublishSubject;
import io.streamz.Sink;
import io.streamz.Stream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
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
 * Topology 5: {@code unique(history = 100) -> sink} over ints in [0, 200), so about half the
 * elements are repeats. The history is an LRU: a repeat refreshes its key's recency (streamz's
 * {@code unique(maxsize=...)}); every implementation uses the same semantics.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(Inputs.N)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgs = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
public class UniqueBench {
    static final int HISTORY = 100;

    /** An access-ordered map keeping the {@code capacity} most recently used keys. */
    static <K> Map<K, Boolean> lru(int capacity) {
        return new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The LRU as a set, for the peers' {@code distinct(key, collectionSupplier)}: add refreshes recency. */
    static <K> Set<K> lruSet(int capacity) {
        return Collections.newSetFromMap(lru(capacity));
    }

    /** What a careful person writes with the JDK: one lookup per element, a hit refreshes recency. */
    static final class HandWrittenPipeline {
        private final IntConsumer out;
        private final Map<Integer, Boolean> seen = lru(HISTORY);

        HandWrittenPipeline(IntConsumer out) {
            this.out = out;
        }

        void emit(int x) {
            if (seen.putIfAbsent(x, Boolean.TRUE) == null) {
                out.accept(x);
            }
        }
    }

    @State(Scope.Thread)
    public static class HandWritten extends BenchState {
        private final int[] input = Inputs.repeats();
        private final HandWrittenPipeline pipeline = new HandWrittenPipeline(out);

        @Override
        public long run() {
            for (int x : input) {
                pipeline.emit(x);
            }
            return out.value();
        }
    }

    /** The class the streamz processor generated from {@link Pipelines.Dedup}. */
    @State(Scope.Thread)
    public static class Fused extends BenchState {
        private final int[] input = Inputs.repeats();
        private final Pipelines.Dedup pipeline =
                Streamz_Pipelines_Dedup.builder().out(out).build();

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
        private final int[] input = Inputs.repeats();
        private final Stream<Integer> source = new Stream<>();
        private final Sink<Integer> sink = source.unique(HISTORY).sink(v -> out.accept(v.intValue()));

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

    /** The floor: the same semantics on a primitive LRU (no boxing, no allocation per element). */
    @State(Scope.Thread)
    public static class HandPrimitive extends BenchState {
        private final int[] input = Inputs.repeats();
        private final IntLruSet seen = new IntLruSet(HISTORY);

        @Override
        public long run() {
            for (int x : input) {
                if (seen.add(x)) {
                    out.accept(x);
                }
            }
            return out.value();
        }
    }

    @State(Scope.Thread)
    public static class RxJava extends BenchState {
        private final int[] input = Inputs.repeats();
        private final PublishSubject<Integer> source = PublishSubject.create();

        public RxJava() {
            source.distinct(x -> x, () -> lruSet(HISTORY)).subscribe(v -> out.accept(v.intValue()));
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
        private final int[] input = Inputs.repeats();
        private final ReactorSource<Integer> source;

        ReactorState(ReactorSource<Integer> source) {
            this.source = source;
            source.flux()
                    .distinct(x -> x, () -> UniqueBench.<Integer>lruSet(HISTORY))
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
    public long handPrimitive(HandPrimitive s) {
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
