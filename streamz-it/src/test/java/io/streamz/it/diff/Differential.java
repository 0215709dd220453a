package io.streamz.it.diff;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.streamz.GlobalSinks;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;

/**
 * A pipeline checked fused against interpreted: the same builder wiring, built both ways, fed
 * the same random steps. The two transcripts (sink values and exceptions, in order) must be
 * equal; on the first difference the failure shows its index, the input step and both values.
 * Each case must also reach a sink and, unless it is a self-check, make some stage throw, so
 * that a case cannot pass by testing nothing.
 *
 * @param <P> the {@code @Pipeline} interface
 */
final class Differential<P> {
    /** Draws one random input step for a pipeline. */
    @FunctionalInterface
    interface Inputs<P> {
        Step<P> next(Random random);
    }

    private final String name;
    private final Function<Transcript, P> fused;
    private final Function<Transcript, P> interpreted;
    private final Inputs<P> inputs;
    private final boolean expectsExceptions;

    private Differential(
            String name,
            Function<Transcript, P> fused,
            Function<Transcript, P> interpreted,
            Inputs<P> inputs,
            boolean expectsExceptions) {
        this.name = name;
        this.fused = fused;
        this.interpreted = interpreted;
        this.inputs = inputs;
        this.expectsExceptions = expectsExceptions;
    }

    /**
     * A case whose builder {@code wiring} connects every sink to a transcript, and whose builder
     * is then finished by {@code build} (fused) or {@code buildInterpreted}.
     */
    static <B, P> Differential<P> of(
            String name,
            Function<Transcript, B> wiring,
            Function<B, P> build,
            Function<B, P> buildInterpreted,
            Inputs<P> inputs) {
        Objects.requireNonNull(wiring, "wiring");
        return new Differential<>(name, wiring.andThen(build), wiring.andThen(buildInterpreted), inputs, true);
    }

    /**
     * A case that needs more than the builder to run, e.g. its own event loop: {@code fused} and
     * {@code interpreted} each make a ready pipeline writing to the given transcript.
     */
    static <P> Differential<P> ofBuilds(
            String name, Function<Transcript, P> fused, Function<Transcript, P> interpreted, Inputs<P> inputs) {
        return new Differential<>(name, fused, interpreted, inputs, true);
    }

    /** Two arbitrary builds, for checking that the harness itself reports differences. */
    static <P> Differential<P> comparing(
            String name, Function<Transcript, P> first, Function<Transcript, P> second, Inputs<P> inputs) {
        return new Differential<>(name, first, second, inputs, false);
    }

    /** Runs {@code count} random steps drawn with {@code seed} through both builds and compares. */
    void check(long seed, int count) {
        List<Step<P>> steps = draw(seed, count);
        Transcript expected = run(interpreted, steps);
        Transcript actual = run(fused, steps);
        String where = "[" + name + ", seed " + seed + "] ";
        compare(where, steps, actual, expected);
        assertTrue(expected.outputs() > 0, where + "no input reached a sink: the inputs test nothing");
        if (expectsExceptions) {
            assertTrue(expected.exceptions() > 0, where + "no input made a stage throw: widen the inputs");
        }
    }

    private List<Step<P>> draw(long seed, int count) {
        Random random = new Random(seed);
        List<Step<P>> steps = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            steps.add(inputs.next(random));
        }
        return steps;
    }

    private static <P> Transcript run(Function<Transcript, P> build, List<Step<P>> steps) {
        Transcript transcript = new Transcript();
        P pipeline = build.apply(transcript);
        try {
            for (int i = 0; i < steps.size(); i++) {
                transcript.atStep(i);
                try {
                    steps.get(i).action().accept(pipeline);
                } catch (RuntimeException e) {
                    transcript.thrown(e);
                }
            }
        } finally {
            GlobalSinks.clear(); // interpreted sinks register globally; let this graph be collected
        }
        return transcript;
    }

    private static <P> void compare(String where, List<Step<P>> steps, Transcript fused, Transcript interpreted) {
        List<Transcript.Event> a = fused.events();
        List<Transcript.Event> b = interpreted.events();
        int common = Math.min(a.size(), b.size());
        for (int i = 0; i < common; i++) {
            if (!a.get(i).equals(b.get(i))) {
                fail(difference(where, steps, i, describe(a.get(i), steps), describe(b.get(i), steps), a, b));
            }
        }
        if (a.size() != b.size()) {
            String fusedValue = a.size() > common ? describe(a.get(common), steps) : "(nothing more)";
            String interpretedValue = b.size() > common ? describe(b.get(common), steps) : "(nothing more)";
            fail(difference(where, steps, common, fusedValue, interpretedValue, a, b));
        }
    }

    private static <P> String difference(
            String where,
            List<Step<P>> steps,
            int index,
            String fusedValue,
            String interpretedValue,
            List<Transcript.Event> a,
            List<Transcript.Event> b) {
        int step = index < a.size() ? a.get(index).step() : b.get(index).step();
        int from = Math.max(0, step - 5);
        return where + "fused and interpreted differ at event " + index
                + " (fused recorded " + a.size() + " events, interpreted " + b.size() + ")\n"
                + "  fused:       " + fusedValue + "\n"
                + "  interpreted: " + interpretedValue + "\n"
                + "  inputs " + from + ".." + step + ": " + steps.subList(from, Math.min(step + 1, steps.size()));
    }

    private static <P> String describe(Transcript.Event event, List<Step<P>> steps) {
        return event + "   (input " + steps.get(event.step()) + ")";
    }

    @Override
    public String toString() {
        return name;
    }
}
