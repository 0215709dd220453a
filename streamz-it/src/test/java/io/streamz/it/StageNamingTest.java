package io.streamz.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.streamz.GlobalSinks;
import io.streamz.StageFailure;
import io.streamz.it.diff.FailingStages;
import io.streamz.it.diff.Streamz_FailingStages;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "Bad input at runtime gets a clear exception naming the stage", in both builds: the user's
 * exception reaches the caller unchanged, with the stage's label recorded
 * ({@link StageFailure#stageOf}), and the pipeline's state stays as it was.
 */
final class StageNamingTest {
    @AfterEach
    void forgetInterpretedSinks() {
        GlobalSinks.clear();
    }

    @ParameterizedTest(name = "fused = {0}")
    @ValueSource(booleans = {true, false})
    void eachFailingStageIsNamedWithItsLabel(boolean fused) {
        List<Long> totals = new ArrayList<>();
        Streamz_FailingStages.Builder builder = Streamz_FailingStages.builder().out(total -> {
            if (total == 300) {
                throw new IllegalArgumentException("out refuses 300");
            }
            totals.add(total);
        });
        FailingStages pipeline = fused ? builder.build() : builder.buildInterpreted();

        NumberFormatException parse = assertThrows(NumberFormatException.class, () -> pipeline.emit("x1"));
        assertEquals("For input string: \"x1\"", parse.getMessage());
        assertEquals("map: parse", StageFailure.stageOf(parse));

        IllegalStateException large = assertThrows(IllegalStateException.class, () -> pipeline.emit("13"));
        assertEquals("large refuses 13", large.getMessage());
        assertEquals("filter: large", StageFailure.stageOf(large));

        pipeline.emit("150");
        ArithmeticException total = assertThrows(ArithmeticException.class, () -> pipeline.emit("666"));
        assertEquals("total refuses 666", total.getMessage());
        assertEquals("accumulate: total", StageFailure.stageOf(total));

        IllegalArgumentException out = assertThrows(IllegalArgumentException.class, () -> pipeline.emit("150"));
        assertEquals("out refuses 300", out.getMessage());
        assertEquals("sink: out", StageFailure.stageOf(out));
        assertEquals(1, out.getSuppressed().length, "only the innermost stage is recorded");

        pipeline.emit("101"); // the sum kept 300: the accumulate stored it before the sink refused it
        assertEquals(List.of(150L, 401L), totals);
    }
}
