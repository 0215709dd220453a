package io.streamz.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.streamz.StageFailure;
import io.streamz.Stream;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailuresTest {
    @Test
    void recordsTheStageOnTheSameException() {
        IllegalStateException failure = new IllegalStateException("bad");
        assertNull(StageFailure.stageOf(failure));
        assertSame(failure, Failures.record("map: parse", failure));
        assertEquals("map: parse", StageFailure.stageOf(failure));
        assertEquals(1, failure.getSuppressed().length);
    }

    @Test
    void theInnermostStageWins() {
        RuntimeException failure = Failures.record("sink: out", new IllegalArgumentException("x"));
        Failures.record("map: parse", failure);
        assertEquals("sink: out", StageFailure.stageOf(failure));
        assertEquals(1, failure.getSuppressed().length);
    }

    @Test
    void flatteningNullFailsAsTheInterpretedNode() {
        Stream<List<String>> source = new Stream<>("lines");
        source.<String>flatten().named("words").sink(x -> {});
        NullPointerException interpreted = assertThrows(NullPointerException.class, () -> source.emit(null));
        RuntimeException fused = Failures.cannotFlattenNull("words; flatten");
        assertEquals("<words; flatten> cannot flatten null", interpreted.getMessage());
        assertEquals(interpreted.getMessage(), fused.getMessage());
        assertEquals(NullPointerException.class, fused.getClass());
        assertEquals("words; flatten", StageFailure.stageOf(interpreted));
        assertEquals("words; flatten", StageFailure.stageOf(fused));
    }

    @Test
    void theFactoryIsInstalledOnlyByStageFailure() {
        StageFailure.stageOf(new RuntimeException()); // initialised
        assertThrows(IllegalStateException.class, () -> Failures.install(stage -> null));
    }
}
