package io.streamz.check;

import java.util.List;
import java.util.Random;

/**
 * Draws random values of {@code T} for a {@link Property}, and proposes smaller variants of a
 * value for shrinking a failure.
 *
 * @param <T> the generated values
 */
public interface Gen<T> {
    /** A fresh random value. */
    T next(Random random);

    /**
     * Values smaller than {@code value} in some sense, most promising first; the shrinker keeps the
     * first one that still fails and asks again. Empty: {@code value} is minimal.
     */
    default List<T> shrink(T value) {
        return List.of();
    }
}
