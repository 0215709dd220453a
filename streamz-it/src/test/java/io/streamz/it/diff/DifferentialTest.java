package io.streamz.it.diff;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fused against interpreted on random inputs: for every pipeline of {@link Cases} and every
 * seed, both builds must record the same sink values and the same exceptions, in the same order.
 */
final class DifferentialTest {
    private static final long[] SEEDS = {1L, 20_261_126L, 0x5EED_CAFEL};
    private static final int STEPS = 5_000;

    static Stream<Arguments> casesAndSeeds() {
        return Cases.all().stream().flatMap(c -> Arrays.stream(SEEDS).mapToObj(seed -> Arguments.of(c, seed)));
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("casesAndSeeds")
    void fusedMatchesInterpreted(Differential<?> differential, long seed) {
        differential.check(seed, STEPS);
    }
}
