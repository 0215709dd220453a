package io.streamz.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * streamz's {@code rate_limit}. Expected shape: abstract, parameter {@code T}, returns {@code T}:
 * {@code @RateLimit(10) String paced(String line);}. The first element passes at once, then
 * outputs are spaced at least {@link #value()} milliseconds apart:
 * {@code out_k = max(arrival_k, out_(k-1) + interval)}. Nothing is dropped; elements held back go
 * on from the pipeline's event loop.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface RateLimit {
    /** {@return the upstream stage; empty means the stage declared just before this one} */
    String from() default "";

    /** {@return the minimum spacing of outputs in milliseconds; at least 0, at most 4,611,686,018,427 (half of {@code Long.MAX_VALUE} nanoseconds)} */
    long value();
}
