package io.streamz;

/**
 * What a state-returning accumulator function gives back: the new state and, separately, the
 * value to emit (streamz's {@code returns_state=True} tuple {@code (state, value)}).
 */
public record Accumulated<S, R>(S state, R value) {
    /**
     * {@code new Accumulated<>(state, value)}, reading better at call sites.
     *
     * @param <S> the type of the state
     * @param <R> the type of the results
     * @param state the state
     * @param value the value
     * @return {@code new Accumulated<>(state, value)}, reading better at call sites
     */
    public static <S, R> Accumulated<S, R> of(S state, R value) {
        return new Accumulated<>(state, value);
    }
}
