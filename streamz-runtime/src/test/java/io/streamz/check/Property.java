package io.streamz.check;

import java.util.Objects;
import java.util.Random;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A small property runner: checks a property on random values drawn from seeded generators and,
 * on a failure, shrinks the value greedily to a minimal one that still fails the same way, then
 * fails with that value printed and the seed that reproduces it.
 *
 * <p>Settings (system properties, so Maven's {@code -D} reaches them through Surefire):
 * {@code streamz.check.scale} multiplies every property's number of tries (default 1; the
 * {@code properties-long} profile sets 20; a fraction such as 0.1 runs fewer, at least one: the
 * mutation profile's setting), and {@code streamz.check.seed} fixes the seed of the
 * first try (try i uses seed + i), to replay a reported failure or to make a run repeatable.
 *
 * <p>The project does not use jqwik, because from version 1.10 its author asks that AI coding
 * agents, which write much of this project, not use it. See {@code docs/testing.md}.
 */
public final class Property<T> {

    private final String name;
    private final Gen<T> gen;
    private final Function<? super T, String> show;
    private int tries = 100;
    /** How many shrink candidates are evaluated at most before the smallest failure so far is reported. */
    private int shrinkBudget = 3_000;
    /** Whether a candidate's failure is the one being shrunk: by default, the same exception class. */
    private BiPredicate<Throwable, Throwable> sameFailure = (first, other) -> first.getClass() == other.getClass();

    private Property(String name, Gen<T> gen, Function<? super T, String> show) {
        this.name = Objects.requireNonNull(name, "name");
        this.gen = Objects.requireNonNull(gen, "gen");
        this.show = Objects.requireNonNull(show, "show");
    }

    /** A property over the values of {@code gen}, each printed with {@code show} when it fails. */
    public static <T> Property<T> of(String name, Gen<T> gen, Function<? super T, String> show) {
        return new Property<>(name, gen, show);
    }

    /** The number of tries in the quick setting (before {@code streamz.check.scale}). */
    public Property<T> tries(int quick) {
        this.tries = quick;
        return this;
    }

    /** At most this many candidates are tried while shrinking a failure (for properties whose check is slow). */
    public Property<T> shrinkBudget(int candidates) {
        this.shrinkBudget = candidates;
        return this;
    }

    /**
     * How shrinking tells the failure it shrinks from another one a smaller value runs into
     * ({@code first}, then the candidate's); by default, by exception class.
     */
    public Property<T> sameFailure(BiPredicate<Throwable, Throwable> same) {
        this.sameFailure = Objects.requireNonNull(same, "same");
        return this;
    }

    /** The tries this run makes: the quick number times {@code streamz.check.scale}, rounded, at least one. */
    public int effectiveTries() {
        return scaled(tries, System.getProperty("streamz.check.scale", "1"));
    }

    /** {@code quick} times {@code scale} (a decimal number), rounded, at least one and at most {@link Integer#MAX_VALUE}. */
    static int scaled(int quick, String scale) {
        double factor;
        try {
            factor = Double.parseDouble(scale.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("streamz.check.scale must be a number, not '" + scale + "'", e);
        }
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("streamz.check.scale must be a positive number, not '" + scale + "'");
        }
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.round(quick * factor)));
    }

    /** Runs {@code check} on every try's value; throws an {@link AssertionError} describing the smallest failing value. */
    public void check(Consumer<? super T> check) {
        Long fixed = Long.getLong("streamz.check.seed");
        long base = fixed != null ? fixed : new Random().nextLong();
        int count = effectiveTries();
        for (int i = 0; i < count; i++) {
            long seed = base + i;
            T value = gen.next(new Random(scrambled(seed)));
            Throwable failure = failureOf(check, value);
            if (failure != null) {
                throw shrunk(check, value, failure, seed, i);
            }
        }
    }

    /**
     * The seed scrambled (SplitMix64's finalizer) before it seeds a {@link Random}: {@code Random}s
     * seeded with consecutive numbers draw nearly the same first values, so without it every try
     * of a run could take the same branch of a generator (e.g. all edge cases).
     */
    static long scrambled(long seed) {
        long z = seed + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private AssertionError shrunk(Consumer<? super T> check, T value, Throwable failure, long seed, int attempt) {
        T smallest = value;
        Throwable smallestFailure = failure;
        int steps = 0;
        int evaluated = 0;
        boolean progress = true;
        while (progress && evaluated < shrinkBudget) {
            progress = false;
            for (T candidate : gen.shrink(smallest)) {
                if (++evaluated > shrinkBudget) {
                    break;
                }
                Throwable candidateFailure = failureOf(check, candidate);
                if (candidateFailure != null && sameFailure.test(failure, candidateFailure)) {
                    smallest = candidate;
                    smallestFailure = candidateFailure;
                    steps++;
                    progress = true;
                    break;
                }
            }
        }
        AssertionError error = new AssertionError(
                "property '" + name + "' failed on try " + (attempt + 1) + " (replay it with -Dstreamz.check.seed="
                        + seed + "); shrunk in " + steps + " steps (" + evaluated + " candidates tried) to:\n"
                        + show.apply(smallest) + "\nfailure: " + smallestFailure,
                smallestFailure);
        error.addSuppressed(new AssertionError("the value first found:\n" + show.apply(value), failure));
        return error;
    }

    private static <T> Throwable failureOf(Consumer<? super T> check, T value) {
        try {
            check.accept(value);
            return null;
        } catch (Throwable t) { // any failure of the property, an Error included, is a counterexample
            if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError)) {
                throw (VirtualMachineError) t;
            }
            return t;
        }
    }
}
