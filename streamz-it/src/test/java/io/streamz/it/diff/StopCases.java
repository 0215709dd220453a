package io.streamz.it.diff;

import io.streamz.VirtualTimeLoop;
import java.util.List;
import java.util.function.Consumer;

/**
 * The differential case of {@link StoppingLookups}: each build on its own virtual-time loop;
 * emits, loop turns and {@code start()} interleaved at random; the emit futures' outcomes,
 * failures reported to the loop and sink values recorded as they appear.
 */
final class StopCases {
    private StopCases() {}

    /** A built pipeline with its loop, and the failures of that loop already recorded. */
    static final class Driven {
        private final StoppingLookups pipeline;
        private final VirtualTimeLoop loop;
        private final Transcript transcript;
        private final Consumer<Object> admitted;
        private int failuresRecorded;

        Driven(StoppingLookups pipeline, VirtualTimeLoop loop, Transcript transcript) {
            this.pipeline = pipeline;
            this.loop = loop;
            this.transcript = transcript;
            this.admitted = transcript.objects("admitted");
        }

        void emit(int x) {
            try {
                pipeline.emit(x).whenComplete((v, e) -> admitted.accept(x + (e == null ? "" : " failed: " + e)));
            } finally {
                recordLoopFailures();
            }
        }

        void drive() {
            loop.runDue();
            recordLoopFailures();
        }

        void start() {
            pipeline.start();
            recordLoopFailures();
        }

        private void recordLoopFailures() {
            List<Throwable> failures = loop.failures();
            for (; failuresRecorded < failures.size(); failuresRecorded++) {
                transcript.failedOnLoop(failures.get(failuresRecorded));
            }
        }
    }

    static Differential<Driven> stoppingLookups() {
        return Differential.ofBuilds(
                "@MapAsync(stopOnException = true) stopped by failed calls, resumed by start()",
                t -> driven(t, true),
                t -> driven(t, false),
                r -> {
                    int pick = r.nextInt(100);
                    if (pick < 60) {
                        int x = r.nextInt(200) - 20;
                        return Step.of("emit(" + x + ")", d -> d.emit(x));
                    }
                    return pick < 90 ? Step.of("drive()", Driven::drive) : Step.of("start()", Driven::start);
                });
    }

    private static Driven driven(Transcript t, boolean fused) {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Streamz_StoppingLookups.Builder builder =
                Streamz_StoppingLookups.builder().loop(loop).out(t.ints("out")).plainOut(t.ints("plainOut"));
        return new Driven(fused ? builder.build() : builder.buildInterpreted(), loop, t);
    }
}
