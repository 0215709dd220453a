package io.streamz.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The runner finds a failing value, shrinks it to the minimal one and says how to replay it. */
class PropertyTest {

    @Test
    void anIntegerFailureShrinksToTheBoundary() {
        AssertionError error = assertThrows(
                AssertionError.class,
                () -> Gens.property("small", Gens.ints()).tries(1_000).check(x -> assertTrue(x < 100, "too big")));
        String message = error.getMessage();
        assertTrue(message.contains("to:\n100\nfailure:"), message);
        assertTrue(message.contains("replay it with -Dstreamz.check.seed="), message);
    }

    @Test
    void aListFailureShrinksToOneMinimalElement() {
        AssertionError error = assertThrows(
                AssertionError.class,
                () -> Gens.property("no negatives", Gens.lists(Gens.ints()))
                        .tries(1_000)
                        .check(list -> list.forEach(x -> assertTrue(x >= 0))));
        assertTrue(error.getMessage().contains("to:\n[-1]\nfailure:"), error.getMessage());
    }

    @Test
    void aStringFailureShrinksToOneChar() {
        AssertionError error = assertThrows(
                AssertionError.class,
                () -> Gens.property("no surrogates", Gens.strings())
                        .tries(1_000)
                        .check(s -> assertTrue(s.chars().noneMatch(c -> Character.isSurrogate((char) c)))));
        String shown = error.getMessage().split("\n")[1];
        assertTrue(shown.matches("\"\\\\ud[89a-f][0-9a-f]{2}\""), shown);
    }

    @Test
    void aMappedValueShrinksThroughItsSource() {
        Gen<int[]> arrays = Gens.map(
                Gens.lists(Gens.ints()),
                l -> l.stream().mapToInt(Integer::intValue).toArray(),
                a -> java.util.Arrays.stream(a).boxed().toList());
        AssertionError error = assertThrows(
                AssertionError.class,
                () -> Gens.property("short", arrays).tries(1_000).check(a -> assertTrue(a.length < 3)));
        assertTrue(error.getMessage().contains("to:\n[[0, 0, 0]]\nfailure:"), error.getMessage());
    }

    @Test
    void passingPropertiesRunEveryTryOnDistinctSeeds() {
        List<Integer> seen = new ArrayList<>();
        Property<Integer> property = Gens.property("anything", Gens.ints()).tries(200);
        property.check(seen::add);
        assertEquals(property.effectiveTries(), seen.size());
        assertTrue(seen.stream().distinct().count() > seen.size() / 2, "values vary: " + seen);
    }

    /** The scale multiplies the quick tries, rounded; a fraction runs fewer (the mutation profile's 0.1), never none. */
    @Test
    void theScaleMultipliesTheTriesRoundedAndAtLeastOne() {
        assertEquals(200, Property.scaled(200, "1"));
        assertEquals(4_000, Property.scaled(200, "20"));
        assertEquals(20, Property.scaled(200, "0.1"));
        assertEquals(3, Property.scaled(5, " 0.5 "));
        assertEquals(1, Property.scaled(40, "0.001"));
        assertEquals(Integer.MAX_VALUE, Property.scaled(1_000, "1e12"));
        for (String bad : new String[] {"0", "-1", "NaN", "Infinity", "ten"}) {
            IllegalArgumentException error =
                    assertThrows(IllegalArgumentException.class, () -> Property.scaled(100, bad), bad);
            assertTrue(error.getMessage().contains("streamz.check.scale must be a"), error.getMessage());
            assertTrue(error.getMessage().contains("'" + bad + "'"), error.getMessage());
        }
    }

    /** Consecutive seeds (one run's tries) draw varied values: found when a run drew edge cases only. */
    @Test
    void consecutiveSeedsDrawVariedValues() {
        for (long base : new long[] {0, 1L << 40, -7458801537938307760L, Long.MAX_VALUE - 300}) {
            java.util.Set<Integer> firstDraws = new java.util.HashSet<>();
            for (int i = 0; i < 200; i++) {
                firstDraws.add(new Random(Property.scrambled(base + i)).nextInt(8));
            }
            assertEquals(8, firstDraws.size(), "base " + base);
        }
    }

    @Test
    void nullableGeneratorsProduceNullsAndEdgeCases() {
        Random random = new Random(1);
        Gen<Double> doubles = Gens.nullable(Gens.doubles());
        boolean sawNull = false;
        boolean sawNaN = false;
        boolean sawNegativeZero = false;
        for (int i = 0; i < 5_000; i++) {
            Double d = doubles.next(random);
            sawNull |= d == null;
            sawNaN |= d != null && d.isNaN();
            sawNegativeZero |= d != null && Double.doubleToRawLongBits(d) == Long.MIN_VALUE;
        }
        assertTrue(sawNull && sawNaN && sawNegativeZero, sawNull + " " + sawNaN + " " + sawNegativeZero);
        assertEquals(List.of(), Gens.nullable(Gens.ints()).shrink(null));
    }
}
