package io.streamz.it.diff;

import io.streamz.FailedElement;
import io.streamz.VirtualTimeLoop;
import java.util.List;
import java.util.function.Consumer;

/**
 * The differential case of {@link RoutedAsync}: each build runs on its own virtual-time loop (a
 * call's result hops onto the loop, so it goes on when the loop is driven); failures reported to
 * the loop are recorded as they appear, routed ones as the error sink received them.
 */
final class AsyncCases {
    private AsyncCases() {}

    /** A built pipeline with its loop, and the failures of that loop already recorded. */
    static final class Driven {
        private final RoutedAsync pipeline;
        private final VirtualTimeLoop loop;
        private final Transcript transcript;
        private int failuresRecorded;

        Driven(RoutedAsync pipeline, VirtualTimeLoop loop, Transcript transcript) {
            this.pipeline = pipeline;
            this.loop = loop;
            this.transcript = transcript;
        }

        void emit(int x) {
            try {
                pipeline.emit(x);
            } finally {
                recordLoopFailures();
            }
        }

        void drive() {
            loop.runDue();
            recordLoopFailures();
        }

        private void recordLoopFailures() {
            List<Throwable> failures = loop.failures();
            for (; failuresRecorded < failures.size(); failuresRecorded++) {
                transcript.failedOnLoop(failures.get(failuresRecorded));
            }
        }
    }

    static Differential<Driven> routedAsync() {
        return Differential.ofBuilds(
                "@MapAsync routing its failures (@OnFailure) on an event loop",
                t -> driven(t, true),
                t -> driven(t, false),
                r -> {
                    if (r.nextInt(100) < 70) {
                        int x = r.nextInt(200) - 20;
                        return Step.of("emit(" + x + ")", d -> d.emit(x));
                    }
                    return Step.of("drive()", Driven::drive);
                });
    }

    private static Driven driven(Transcript t, boolean fused) {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Streamz_RoutedAsync.Builder builder = Streamz_RoutedAsync.builder()
                .loop(loop)
                .out(t.objects("out"))
                .plainOut(t.ints("plainOut"))
                .rejected(failures(t));
        return new Driven(fused ? builder.build() : builder.buildInterpreted(), loop, t);
    }

    /** Records each failure as its stage, element and exception; refuses those of elements 1 modulo 20 (a failed stage). */
    private static Consumer<FailedElement> failures(Transcript t) {
        Consumer<String> record = t.objects("rejected");
        return f -> {
            if (f.element() instanceof Integer && Math.floorMod((Integer) f.element(), 20) == 1) {
                throw new IllegalStateException("rejected refuses " + f.element());
            }
            record.accept(f.stage() + " | " + f.element() + " ("
                    + (f.element() == null ? "null" : f.element().getClass().getSimpleName()) + ") | "
                    + Transcript.Thrown.of(f.error()));
        };
    }
}
