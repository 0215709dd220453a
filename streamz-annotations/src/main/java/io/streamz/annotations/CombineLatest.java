package io.streamz.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * streamz's {@code combine_latest}. Shape as {@link Zip}. Once every input has emitted, an
 * arrival on an input named in {@link #emitOn()} (every input when empty) emits a tuple of the
 * latest value of each input.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface CombineLatest {
    /** {@return the upstream stages, at least two; tuples hold their values in this order} */
    String[] from();

    /** {@return the inputs whose arrivals emit; empty: all of them} */
    String[] emitOn() default {};
}
