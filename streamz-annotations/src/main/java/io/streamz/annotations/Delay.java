package io.streamz.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A true delay. Expected shape: abstract, parameter {@code T}, returns {@code T}:
 * {@code @Delay(500) String later(String line);}. Every element goes on exactly {@link #value()}
 * milliseconds after it arrived, in arrival order; the stages after it run on the pipeline's
 * event loop.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Delay {
    /** {@return the upstream stage; empty means the stage declared just before this one} */
    String from() default "";

    /** {@return the delay in milliseconds of the pipeline's event loop; at least 0, at most 4,611,686,018,427 (half of {@code Long.MAX_VALUE} nanoseconds)} */
    long value();
}
