package io.streamz.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * streamz's {@code zip_latest}. Shape as {@link Zip}. The first input in {@link #from()} is
 * lossless: each of its elements is emitted exactly once, with the latest value of every other
 * input, as soon as all inputs have emitted.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface ZipLatest {
    /** {@return the upstream stages, at least two; tuples hold their values in this order} */
    String[] from();
}
