package io.streamz.it.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, defect 10: a stage between a lock-step zip's inputs that re-enters the pipeline's
 * source. The fused class used to pair the re-entering call's values first ({@code 101/99}
 * before {@code 11/9}); now it pairs as the interpreted twin and streamz do, nested re-entry
 * included.
 */
class ReentrantZipTest {
    private static List<String> run(boolean fused, int... inputs) {
        List<String> events = new ArrayList<>();
        Streamz_ReentrantZip.Builder builder =
                Streamz_ReentrantZip.builder().out(events::add).seen(x -> events.add("seen " + x));
        ReentrantZip pipeline = fused ? builder.build() : builder.buildInterpreted();
        for (int x : inputs) {
            pipeline.emit(x);
        }
        return events;
    }

    @Test
    void aReenteringStagePairsTheOuterCallsValueFirstInBothBuilds() {
        // emit(10): inc 11 waits; dec(10) emits 100: inc 101 waits; dec(100) emits 1000: inc 1001
        // waits, dec(1000) = 999 pairs with 11; then dec(100) = 99 with 101, dec(10) = 9 with 1001
        List<String> expected = List.of("11/999", "seen 1000", "101/99", "seen 100", "1001/9", "seen 10");
        assertEquals(expected, run(false, 10), "interpreted");
        assertEquals(expected, run(true, 10), "fused");
    }

    @Test
    void fusedAndInterpretedAgreeOnRandomInputsWithReentry() {
        Random random = new Random(10);
        for (int round = 0; round < 200; round++) {
            int[] inputs = new int[random.nextInt(8) + 1];
            for (int i = 0; i < inputs.length; i++) {
                inputs[i] = random.nextInt(4) == 0 ? (random.nextInt(11) + 1) * 10 : random.nextInt(200) + 1;
            }
            assertEquals(run(false, inputs), run(true, inputs), "round " + round);
        }
    }
}
