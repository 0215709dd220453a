package io.streamz.it.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.internal.Failures;
import io.streamz.it.seed.Increment;
import io.streamz.it.seed.Streamz_Increment;
import java.util.function.IntConsumer;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The harness must catch what it exists to catch: a wrong value, a missing value, a different
 * exception, an exception naming a different stage.
 */
final class DifferentialHarnessTest {
    /** A hand-written Increment that applies {@code f} instead of {@code x + 1}. */
    private static final class HandWritten implements Increment {
        private final IntUnaryOperator f;
        private final IntConsumer out;

        HandWritten(IntUnaryOperator f, IntConsumer out) {
            this.f = f;
            this.out = out;
        }

        @Override
        public void emit(int x) {
            out.accept(f.applyAsInt(x));
        }

        @Override
        public void out(int x) {
            out.accept(x);
        }
    }

    /** Emits 0, 1, 2, ... whatever the seed. */
    private static Differential.Inputs<Increment> countingUp() {
        int[] next = {0};
        return random -> {
            int x = next[0]++;
            return Step.of("emit(" + x + ")", p -> p.emit(x));
        };
    }

    private static Differential<Increment> interpretedAgainst(IntUnaryOperator f) {
        return Differential.comparing(
                "self-check",
                t -> new HandWritten(f, t.ints("out")),
                t -> Streamz_Increment.builder().out(t.ints("out")).buildInterpreted(),
                countingUp());
    }

    private static IntUnaryOperator throwingAtFive(RuntimeException e) {
        return x -> {
            if (x == 5) {
                throw e;
            }
            return x + 1;
        };
    }

    @Test
    void identicalBehaviourPasses() {
        interpretedAgainst(x -> x + 1).check(7, 100);
    }

    @Test
    void aWrongValueIsReportedWithItsIndexAndBothValues() {
        AssertionFailedError failure = assertThrows(
                AssertionFailedError.class,
                () -> interpretedAgainst(x -> x == 42 ? 0 : x + 1).check(7, 100));
        String message = failure.getMessage();
        assertTrue(message.contains("[self-check, seed 7] fused and interpreted differ at event 42"), message);
        assertTrue(message.contains("fused:       step 42: out <- 0   (input emit(42))"), message);
        assertTrue(message.contains("interpreted: step 42: out <- 43   (input emit(42))"), message);
    }

    @Test
    void aMissingValueIsReported() {
        Differential<Increment> stopsEarly = Differential.comparing(
                "self-check",
                t -> {
                    IntConsumer out = t.ints("out");
                    return new HandWritten(x -> x + 1, x -> {
                        if (x <= 10) {
                            out.accept(x);
                        }
                    });
                },
                t -> Streamz_Increment.builder().out(t.ints("out")).buildInterpreted(),
                countingUp());
        AssertionFailedError failure = assertThrows(AssertionFailedError.class, () -> stopsEarly.check(1, 20));
        String message = failure.getMessage();
        assertTrue(message.contains("differ at event 10 (fused recorded 10 events, interpreted 20)"), message);
        assertTrue(message.contains("fused:       (nothing more)"), message);
        assertTrue(message.contains("interpreted: step 10: out <- 11"), message);
    }

    @Test
    void anExceptionInsteadOfAValueIsReported() {
        AssertionFailedError failure = assertThrows(
                AssertionFailedError.class,
                () -> interpretedAgainst(throwingAtFive(new IllegalStateException("boom")))
                        .check(3, 10));
        String message = failure.getMessage();
        assertTrue(message.contains("differ at event 5"), message);
        assertTrue(message.contains("fused:       step 5: !thrown <- java.lang.IllegalStateException: boom"), message);
    }

    @Test
    void aDifferentExceptionTypeIsReported() {
        Differential<Increment> differentTypes = Differential.comparing(
                "self-check",
                t -> new HandWritten(throwingAtFive(new IllegalStateException("boom")), t.ints("out")),
                t -> new HandWritten(throwingAtFive(new IllegalArgumentException("boom")), t.ints("out")),
                countingUp());
        AssertionFailedError failure = assertThrows(AssertionFailedError.class, () -> differentTypes.check(3, 10));
        String message = failure.getMessage();
        assertTrue(message.contains("fused:       step 5: !thrown <- java.lang.IllegalStateException: boom"), message);
        assertTrue(
                message.contains("interpreted: step 5: !thrown <- java.lang.IllegalArgumentException: boom"), message);
    }

    @Test
    void aMissingStageIsReported() {
        Differential<Increment> unnamed = Differential.comparing(
                "self-check",
                t -> new HandWritten(throwingAtFive(new IllegalStateException("boom")), t.ints("out")),
                t -> new HandWritten(
                        throwingAtFive(Failures.record("map: increment", new IllegalStateException("boom"))),
                        t.ints("out")),
                countingUp());
        AssertionFailedError failure = assertThrows(AssertionFailedError.class, () -> unnamed.check(3, 10));
        String message = failure.getMessage();
        assertTrue(
                message.contains(
                        "fused:       step 5: !thrown <- java.lang.IllegalStateException: boom (stage not recorded)"),
                message);
        assertTrue(
                message.contains(
                        "interpreted: step 5: !thrown <- java.lang.IllegalStateException: boom (stage <map: increment>)"),
                message);
    }

    @Test
    void equalExceptionsCompareEqual() {
        Transcript first = new Transcript();
        Transcript second = new Transcript();
        first.thrown(new IllegalStateException("same"));
        second.thrown(new IllegalStateException("same"));
        assertEquals(first.events(), second.events());
        assertEquals(1, first.exceptions());
        assertEquals(0, first.outputs());
    }
}
