package io.streamz.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * streamz's {@code slice(start, end, step)}, with Python's slicing over the positions 0, 1, 2, ...
 * of the elements. Expected shape: abstract, parameter {@code T}, returns {@code T}:
 * {@code @Slice(start = 1, step = 2) String odd(String line);} passes on the elements at
 * positions 1, 3, 5, ... Passes the element at position {@code i} on when
 * {@code start <= i < end} and {@code (i - start) % step == 0}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Slice {
    /** {@link #end()}'s default: the slice has no end. */
    int NO_END = -1;

    /** {@return the upstream stage; empty means the stage declared just before this one} */
    String from() default "";

    /** {@return the position of the first element passed on; at least 0 (a stream has no end to count back from)} */
    int start() default 0;

    /** {@return the position before which the slice ends, at least 0; {@link #NO_END} (the default): none} */
    int end() default NO_END;

    /** {@return every how many positions an element is passed on, from {@link #start()}; at least 1} */
    int step() default 1;
}
