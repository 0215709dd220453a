package io.streamz.it.diff;

import io.streamz.VirtualTimeLoop;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * The differential case of {@link DistinctWindows}: each build runs on its own virtual-time loop,
 * sink values are recorded with the virtual time they arrived at, and failures reported to the
 * loop are recorded as they appear.
 */
final class DistinctWindowCases {
    private DistinctWindowCases() {}

    /** A built pipeline with its loop, and the failures of that loop already recorded. */
    static final class Clocked {
        private final DistinctWindows pipeline;
        private final VirtualTimeLoop loop;
        private final Transcript transcript;
        private int failuresRecorded;

        Clocked(DistinctWindows pipeline, VirtualTimeLoop loop, Transcript transcript) {
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

    static Differential<Clocked> distinctWindows() {
        return Differential.ofBuilds(
                "timedWindowUnique without a key, by a failing key, keeping the latest, on virtual time",
                t -> clocked(t, true),
                t -> clocked(t, false),
                r -> {
                    if (r.nextInt(100) < 65) {
                        int x = r.nextInt(100); // 77 fails the key method; repeats are frequent
                        return Step.of("emit(" + x + ")", c -> c.emit(x));
                    }
                    long millis = r.nextInt(35);
                    return Step.of("advance(" + millis + "ms)", c -> c.advance(millis));
                });
    }

    private static Clocked clocked(Transcript t, boolean fused) {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Consumer<Integer> sums = timed("sums", t, loop);
        Streamz_DistinctWindows.Builder builder = Streamz_DistinctWindows.builder()
                .loop(loop)
                .sums(sums::accept)
                .firsts(timed("firsts", t, loop))
                .latests(timed("latests", t, loop))
                .latestWindows(timed("latestWindows", t, loop));
        return new Clocked(fused ? builder.build() : builder.buildInterpreted(), loop, t);
    }

    /** Records {@code "@<virtual ms> <value>"}, so that the time of each output is compared too. */
    private static <T> Consumer<T> timed(String port, Transcript t, VirtualTimeLoop loop) {
        Consumer<String> sink = t.objects(port);
        return x -> sink.accept("@" + loop.now().toMillis() + "ms " + x);
    }
}
