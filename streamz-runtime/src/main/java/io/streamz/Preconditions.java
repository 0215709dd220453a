package io.streamz;

import java.time.Duration;

/**
 * Argument checks that run before a node attaches to its upstreams (in the operator method, or
 * inside a node's {@code super(...)} call): an operator that rejects its arguments must leave
 * the graph as it was, not a half-built node that the next {@code emit} would still reach. Every
 * message names the operator and the argument: {@code "buffer: n must be >= 1, not 0"}.
 */
final class Preconditions {
    private Preconditions() {}

    /** Runs {@code check}, which throws on a bad argument, then returns {@code upstream}. */
    static Stream<?> checkedBefore(Stream<?> upstream, Runnable check) {
        check.run();
        return upstream;
    }

    /** Runs {@code check}, which throws on a bad argument, then returns {@code upstreams}. */
    static Stream<?>[] checkedBefore(Stream<?>[] upstreams, Runnable check) {
        check.run();
        return upstreams;
    }

    /**
     * {@code value}, checked not to be {@code null}.
     *
     * @throws NullPointerException {@code "map: f must not be null"}
     */
    static <V> V notNull(String operator, String argument, V value) {
        if (value == null) {
            throw new NullPointerException(operator + ": " + argument + " must not be null");
        }
        return value;
    }

    /**
     * {@code value}, checked to be at least {@code min}.
     *
     * @throws IllegalArgumentException {@code "buffer: n must be >= 1, not 0"}
     */
    static int atLeast(String operator, String argument, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(operator + ": " + argument + " must be >= " + min + ", not " + value);
        }
        return value;
    }

    /**
     * {@code d}, checked to be non-null, at least zero (or strictly positive) and at most
     * {@link EventLoop#MAX_DELAY}.
     *
     * @throws NullPointerException if {@code d} is {@code null}
     * @throws IllegalArgumentException {@code "delay: interval must be >= 0, not PT-1S"}
     */
    static Duration duration(String operator, String argument, Duration d, boolean positive) {
        notNull(operator, argument, d);
        if (d.isNegative() || (positive && d.isZero())) {
            throw new IllegalArgumentException(
                    operator + ": " + argument + " must be " + (positive ? "> 0" : ">= 0") + ", not " + d);
        }
        if (d.compareTo(EventLoop.MAX_DELAY) > 0) {
            throw new IllegalArgumentException(operator + ": " + argument + " must be at most "
                    + EventLoop.MAX_DELAY.toMillis() + " ms (EventLoop.MAX_DELAY, about 146 years), not " + d);
        }
        return d;
    }

    /**
     * {@code seconds} as a Duration to the nanosecond, checked as {@link #duration} checks one.
     *
     * @throws IllegalArgumentException if {@code seconds} is not finite, negative (or zero when
     *     {@code positive}), or beyond {@link EventLoop#MAX_DELAY}
     */
    static Duration seconds(String operator, String argument, double seconds, boolean positive) {
        if (!Double.isFinite(seconds) || seconds < 0) {
            throw new IllegalArgumentException(
                    operator + ": " + argument + " must be a finite number of seconds >= 0, not " + seconds);
        }
        if (seconds > EventLoop.MAX_DELAY.getSeconds()) {
            throw new IllegalArgumentException(operator + ": " + argument + " must be at most "
                    + EventLoop.MAX_DELAY.toMillis() + " ms (EventLoop.MAX_DELAY, about 146 years), not " + seconds
                    + " seconds");
        }
        return duration(operator, argument, Duration.ofNanos(Math.round(seconds * 1e9)), positive);
    }

    /**
     * Fails if {@code upstream}'s graph runs on a closed loop: a time operator attached there
     * would never run.
     *
     * @throws java.util.concurrent.RejectedExecutionException ({@link LoopClosedException}) naming the loop
     */
    static void openLoop(String operator, Stream<?> upstream) {
        EventLoop l = upstream.loop().orElse(null);
        if (l != null && l.isClosed()) {
            throw new LoopClosedException(l, operator + " cannot be attached to a graph whose loop is closed");
        }
    }
}
