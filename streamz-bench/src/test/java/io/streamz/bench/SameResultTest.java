package io.streamz.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.metrics.StageMetrics;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Catches broken benchmarks without running JMH: every implementation of a topology, run twice
 * on its input (so state carried between invocations counts too), must give the checksum that
 * a plain, obviously correct computation gives, and every implementation must be benchmarked.
 */
class SameResultTest {

    @Test
    void sinkOnly() {
        assertAllImplementations(SinkOnlyBench.class, runs -> {
            Checksum out = new Checksum();
            for (int x : repeat(Inputs.ints(), runs)) {
                out.accept(x + 1);
            }
            return out.value();
        });
    }

    @Test
    void mapFilterSumOnInts() {
        assertAllImplementations(MapFilterSumIntBench.class, SameResultTest::mapFilterSum);
    }

    @Test
    void mapFilterSumWithAndWithoutMetrics() {
        assertAllImplementations(MetricsBench.class, SameResultTest::mapFilterSum);
    }

    @Test
    void theMeasuredImplementationsCountEveryElement() {
        MetricsBench.FusedOn fused = new MetricsBench.FusedOn();
        MetricsBench.InterpretedOn interpreted = new MetricsBench.InterpretedOn();
        fused.latencySampling = 1; // every element timed: its latency counted exactly
        fused.measure();
        interpreted.measure();
        try {
            fused.run();
            interpreted.run();
            assertEquals(Inputs.N, fused.metrics.stage("inc").orElseThrow().in());
            long even =
                    Arrays.stream(Inputs.ints()).filter(x -> (x + 1) % 2 == 0).count();
            assertEquals(even, fused.metrics.stage("total").orElseThrow().in());
            assertEquals(even, fused.metrics.stage("out").orElseThrow().latencyCount());
            assertEquals(Inputs.N, interpreted.metrics.stages().get(0).in(), interpreted.metrics.toString());
            assertEquals(5, interpreted.metrics.stages().size(), interpreted.metrics.toString());
            int[] input = Inputs.ints();
            long timedAndEven = IntStream.range(0, input.length) // the default: the first element, then one in 64
                    .filter(i -> i % 64 == 0 && (input[i] + 1) % 2 == 0)
                    .count();
            StageMetrics sink = interpreted.metrics.stages().stream()
                    .filter(StageMetrics::isSink)
                    .findFirst()
                    .orElseThrow();
            assertEquals(timedAndEven, sink.latencyCount(), interpreted.metrics.toString());
        } finally {
            interpreted.destroy();
        }
    }

    @Test
    void mapFilterSumOnObjects() {
        assertAllImplementations(MapFilterSumBoxedBench.class, SameResultTest::mapFilterSum);
    }

    @Test
    void zip() {
        assertAllImplementations(ZipBench.class, runs -> {
            Checksum out = new Checksum();
            for (int x : repeat(Inputs.ints(), runs)) {
                out.accept((x + 1) + (x - 1));
            }
            return out.value();
        });
    }

    @Test
    void slidingWindow() {
        assertAllImplementations(SlidingWindowBench.class, runs -> {
            double[] input = repeat(Inputs.doubles(), runs);
            Checksum out = new Checksum();
            for (int i = 2; i < input.length; i++) {
                out.accept((input[i - 2] + input[i - 1] + input[i]) / 3);
            }
            return out.value();
        });
    }

    @Test
    void unique() {
        assertAllImplementations(UniqueBench.class, runs -> {
            List<Integer> recentLast = new ArrayList<>();
            Checksum out = new Checksum();
            int emitted = 0;
            for (int x : repeat(Inputs.repeats(), runs)) {
                boolean seen = recentLast.remove(Integer.valueOf(x));
                recentLast.add(x);
                if (!seen) {
                    out.accept(x);
                    emitted++;
                    if (recentLast.size() > UniqueBench.HISTORY) {
                        recentLast.remove(0);
                    }
                }
            }
            // The input must exercise both paths: repeats dropped and keys evicted then seen again.
            assertTrue(emitted > 200 && emitted < Inputs.N * runs - 100, "emitted " + emitted);
            return out.value();
        });
    }

    @Test
    void bufferedAsyncSink() {
        assertAllImplementations(BufferBench.class, runs -> {
            Checksum out = new Checksum();
            for (int x : repeat(Inputs.ints(), runs)) {
                out.accept(x);
            }
            return out.value();
        });
    }

    @Test
    void bufferHoldsAtMostItsCapacityPlusTheOfferWaitingForRoom() {
        for (BufferBench.Topology6 buffered :
                List.of(new BufferBench.HandWritten(), new BufferBench.Interpreted(), new BufferBench.Fused())) {
            try {
                buffered.run();
                // The producer emits in one loop task; the buffer drains in later tasks, so it fills up:
                // 100 queued, then the 101st emit gets a pending future and the producer pauses.
                assertEquals(
                        BufferBench.CAPACITY + 1,
                        buffered.peakQueueLength(),
                        buffered.getClass().getSimpleName());
                buffered.run();
                assertEquals(
                        BufferBench.CAPACITY + 1,
                        buffered.peakQueueLength(),
                        buffered.getClass().getSimpleName() + ", second run");
            } finally {
                buffered.close();
            }
        }
    }

    /**
     * The peers' concatMap(100) holds 100 queued plus the element waiting for demand; whether the
     * first element goes straight to the sink (never queued) depends on when its drain runs.
     */
    @Test
    void peersHoldAtMostTheirPrefetchPlusTheElementWaitingForDemand() {
        for (BufferBench.Topology6 buffered :
                List.of(new BufferBench.ReactorConcatMap(), new BufferBench.RxJavaConcatMap())) {
            try {
                for (int run = 1; run <= 2; run++) {
                    buffered.run();
                    int peak = buffered.peakQueueLength();
                    String name = buffered.getClass().getSimpleName() + ", run " + run + ": " + peak;
                    assertTrue(peak == BufferBench.CAPACITY || peak == BufferBench.CAPACITY + 1, name);
                }
            } finally {
                buffered.close();
            }
        }
    }

    /** The expected checksum after {@code runs} invocations. */
    private interface Expected {
        long after(int runs);
    }

    private static long mapFilterSum(int runs) {
        Checksum out = new Checksum();
        long total = 0;
        for (int x : repeat(Inputs.ints(), runs)) {
            int inc = x + 1;
            if (inc % 2 == 0) {
                total += inc;
                out.accept(total);
            }
        }
        return out.value();
    }

    private static void assertAllImplementations(Class<?> bench, Expected expected) {
        List<Class<?>> states = stateClasses(bench);
        assertTrue(states.size() >= 4 || bench == BufferBench.class, bench.getSimpleName() + " has only " + states);
        assertEquals(namesOf(states), benchmarkedStates(bench), "each implementation has exactly one @Benchmark");
        long once = expected.after(1);
        long twice = expected.after(2);
        assertTrue(once != twice, "the checksum must change from one run to the next");
        for (Class<?> state : states) {
            BenchState implementation = instantiate(state);
            try {
                assertEquals(once, implementation.run(), state.getName() + ", first run");
                assertEquals(twice, implementation.run(), state.getName() + ", second run");
            } finally {
                callAnnotated(implementation, TearDown.class);
            }
        }
    }

    /** Every concrete nested {@link BenchState} of the benchmark class. */
    private static List<Class<?>> stateClasses(Class<?> bench) {
        return Arrays.stream(bench.getDeclaredClasses())
                .filter(BenchState.class::isAssignableFrom)
                .filter(c -> !Modifier.isAbstract(c.getModifiers()))
                .collect(Collectors.toList());
    }

    private static Set<String> namesOf(List<Class<?>> states) {
        return states.stream().map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> benchmarkedStates(Class<?> bench) {
        Set<String> names = new TreeSet<>();
        for (Method method : bench.getDeclaredMethods()) {
            if (method.isAnnotationPresent(Benchmark.class)) {
                Class<?> state = method.getParameterTypes()[0];
                assertTrue(BenchState.class.isAssignableFrom(state), method.getName() + " times a BenchState");
                assertTrue(names.add(state.getSimpleName()), method.getName());
            }
        }
        return names;
    }

    private static BenchState instantiate(Class<?> state) {
        try {
            BenchState implementation = (BenchState) state.getConstructor().newInstance();
            callAnnotated(implementation, Setup.class);
            return implementation;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot create " + state.getName(), e);
        }
    }

    private static void callAnnotated(Object target, Class<? extends java.lang.annotation.Annotation> annotation) {
        for (Method method : target.getClass().getMethods()) {
            if (method.isAnnotationPresent(annotation)) {
                try {
                    method.invoke(target);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(method.toString(), e);
                }
            }
        }
    }

    private static int[] repeat(int[] input, int runs) {
        return IntStream.range(0, runs).flatMap(run -> Arrays.stream(input)).toArray();
    }

    private static double[] repeat(double[] input, int runs) {
        return IntStream.range(0, runs)
                .mapToObj(run -> input)
                .flatMapToDouble(Arrays::stream)
                .toArray();
    }
}
