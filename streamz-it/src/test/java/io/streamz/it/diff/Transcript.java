package io.streamz.it.diff;

import io.streamz.StageFailure;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
import java.util.function.LongConsumer;
import java.util.function.Predicate;

/**
 * Everything one build of a pipeline did, in order: each value a sink received and each
 * exception that reached the caller, tagged with the input step that caused it. Sinks of a
 * pipeline all write into one transcript, so the order across branches is recorded too.
 */
final class Transcript {
    /** One observation: at input {@code step}, sink {@code port} got {@code value} (or the caller got an exception). */
    record Event(int step, String port, Object value) {
        static final String THROWN = "!thrown";
        static final String LOOP_FAILURE = "!loop-failure";

        @Override
        public String toString() {
            return "step " + step + ": " + port + " <- " + value;
        }
    }

    /**
     * An exception as the caller saw it: compared by type, message and the stage recorded on it
     * ({@link StageFailure#stageOf}), not identity.
     */
    record Thrown(Class<?> type, String message, String stage) {
        static Thrown of(Throwable e) {
            return new Thrown(e.getClass(), e.getMessage(), StageFailure.stageOf(e));
        }

        @Override
        public String toString() {
            return type.getName() + ": " + message + " (stage " + (stage == null ? "not recorded" : "<" + stage + ">")
                    + ")";
        }
    }

    private final List<Event> events = new ArrayList<>();
    private int step;

    void atStep(int step) {
        this.step = step;
    }

    void thrown(RuntimeException e) {
        events.add(new Event(step, Event.THROWN, Thrown.of(e)));
    }

    /** A failure reported to the pipeline's event loop (a stage that ran from a loop task threw). */
    void failedOnLoop(Throwable e) {
        events.add(new Event(step, Event.LOOP_FAILURE, Thrown.of(e)));
    }

    List<Event> events() {
        return Collections.unmodifiableList(events);
    }

    long outputs() {
        return events.stream().filter(e -> !e.port().startsWith("!")).count();
    }

    long exceptions() {
        return events.size() - outputs();
    }

    IntConsumer ints(String port) {
        return ints(port, x -> false);
    }

    /** A sink that records, but throws (before recording) on the values {@code refuse} accepts. */
    IntConsumer ints(String port, IntPredicate refuse) {
        return x -> {
            if (refuse.test(x)) {
                throw new IllegalStateException("sink " + port + " refuses " + x);
            }
            record(port, x);
        };
    }

    LongConsumer longs(String port) {
        return x -> record(port, x);
    }

    DoubleConsumer doubles(String port) {
        return x -> record(port, x);
    }

    <T> Consumer<T> objects(String port) {
        return objects(port, x -> false);
    }

    /** A sink that records, but throws (before recording) on the values {@code refuse} accepts. */
    <T> Consumer<T> objects(String port, Predicate<? super T> refuse) {
        return x -> {
            if (refuse.test(x)) {
                throw new IllegalStateException("sink " + port + " refuses " + x);
            }
            record(port, x);
        };
    }

    /**
     * Records the value itself, not a copy: if a build later mutated a list it had emitted, the
     * comparison would see it.
     */
    private void record(String port, Object value) {
        events.add(new Event(step, Objects.requireNonNull(port, "port"), value));
    }
}
