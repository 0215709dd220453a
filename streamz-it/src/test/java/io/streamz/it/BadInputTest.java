package io.streamz.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.streamz.GlobalSinks;
import io.streamz.StageFailure;
import io.streamz.it.diff.Flattening;
import io.streamz.it.diff.Streamz_Flattening;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input caught by an operator rather than thrown by user code: both builds fail with the
 * same exception, message and recorded stage, and go on working. ({@code Cases.flattening}
 * compares them on random input too.)
 */
final class BadInputTest {
    @AfterEach
    void forgetInterpretedSinks() {
        GlobalSinks.clear();
    }

    @ParameterizedTest(name = "fused = {0}")
    @ValueSource(booleans = {true, false})
    void flattenOfNullIsANullPointerExceptionAndThePipelineGoesOn(boolean fused) {
        List<Object> printed = new ArrayList<>();
        Streamz_Flattening.Builder builder =
                Streamz_Flattening.builder().out(printed::add).chars(c -> {});
        Flattening pipeline = fused ? builder.build() : builder.buildInterpreted();

        pipeline.emit("a b");
        NullPointerException e = assertThrows(NullPointerException.class, () -> pipeline.emit("?c"));
        assertEquals("<word; flatten> cannot flatten null", e.getMessage());
        assertEquals("word; flatten", StageFailure.stageOf(e));
        pipeline.emit("d");

        assertEquals(List.of("A", "B", "D"), printed);
    }
}
