package io.streamz.it.diff;

import io.streamz.VirtualTimeLoop;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * The differential case of {@link TimeStages}: each build runs on its own virtual-time loop,
 * sink values are recorded with the virtual time they arrived at, and failures reported to the
 * loop are recorded as they appear.
 */
final class TimeCases {
    private TimeCases() {}

    /** A built pipeline with its loop, and the failures of that loop already recorded. */
    static final class Clocked {
        private final TimeStages pipeline;
        private final VirtualTimeLoop loop;
        private final Transcript transcript;
        private int failuresRecorded;

        Clocked(TimeStages pipeline, VirtualTimeLoop loop, Transcript transcript) {
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

        void advance(long millis) {
            loop.advanceBy(Duration.ofMillis(millis));
            recordLoopFailures();
        }

        private void recordLoopFailures() {
            List<Throwable> failures = loop.failures();
            for (; failuresRecorded < failures.size(); failuresRecorded++) {
                transcript.failedOnLoop(failures.get(failuresRecorded));
            }
        }
    }

    static Differential<Clocked> timeStages() {
        return Differential.ofBuilds(
                "delay, rateLimit, timedWindow and buffer on virtual time",
                t -> clocked(t, true),
                t -> clocked(t, false),
                r -> {
                    if (r.nextInt(100) < 60) {
                        int x = r.nextInt(1000);
                        return Step.of("emit(" + x + ")", c -> c.emit(x));
                    }
                    long millis = r.nextInt(45);
                    return Step.of("advance(" + millis + "ms)", c -> c.advance(millis));
                });
    }

    private static Clocked clocked(Transcript t, boolean fused) {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Streamz_TimeStages.Builder builder = Streamz_TimeStages.builder()
                .loop(loop)
                .delayedOut(timed("delayedOut", t, loop))
                .limitedOut(timed("limitedOut", t, loop))
                .windowSums(timed("windowSums", t, loop))
                .bufferedOut(timed("bufferedOut", t, loop));
        return new Clocked(fused ? builder.build() : builder.buildInterpreted(), loop, t);
    }

    /** Records {@code "@<virtual ms> <value>"}, so that the time of each output is compared too. */
    private static IntConsumer timed(String port, Transcript t, VirtualTimeLoop loop) {
        Consumer<String> sink = t.objects(port);
        return x -> sink.accept("@" + loop.now().toMillis() + "ms " + x);
    }
}
