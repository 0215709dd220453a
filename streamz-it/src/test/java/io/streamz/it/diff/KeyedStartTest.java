package io.streamz.it.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The start of a keyed accumulate is for a key without state: a state that comes back to exactly
 * 0 stays 0 in the {@code Engine} body on {@code LocalEngine} (which reads a cell once and asks
 * {@code isSet()} only when it reads 0) as in the twin's per-key subgraphs.
 */
final class KeyedStartTest {
    private static final List<KeyedBalances.Move> MOVES = List.of(
            new KeyedBalances.Move("a", -100), // a: 100 - 100 = 0
            new KeyedBalances.Move("b", 5), // b: 105
            new KeyedBalances.Move("a", 7), // a: 0 + 7, not 100 + 7
            new KeyedBalances.Move("a", -7), // a: 0 again
            new KeyedBalances.Move("b", -105), // b: 0
            new KeyedBalances.Move("a", 0), // a: stays 0
            new KeyedBalances.Move("b", 1)); // b: 1

    private static final List<String> EXPECTED =
            List.of("0 0 0.0", "105 105 105.0", "7 7 7.0", "0 0 0.0", "0 0 0.0", "0 0 0.0", "1 1 1.0");

    @Test
    void aKeyedStateThatComesBackToZeroStaysZeroOnTheEngine() {
        assertEquals(EXPECTED, run(false));
    }

    @Test
    void theTwinAgrees() {
        assertEquals(EXPECTED, run(true));
    }

    private static List<String> run(boolean interpreted) {
        List<Long> longs = new ArrayList<>();
        List<Integer> ints = new ArrayList<>();
        List<Double> doubles = new ArrayList<>();
        Streamz_KeyedBalances.Builder builder = Streamz_KeyedBalances.builder()
                .balances(longs::add)
                .intBalances(ints::add)
                .doubleBalances(doubles::add);
        KeyedBalances pipeline = interpreted ? builder.buildInterpreted() : builder.build();
        MOVES.forEach(pipeline::moves);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < longs.size(); i++) {
            out.add(longs.get(i) + " " + ints.get(i) + " " + doubles.get(i));
        }
        return out;
    }
}
