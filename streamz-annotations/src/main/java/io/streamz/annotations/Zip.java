package io.streamz.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * streamz's {@code zip}. Expected shape: one parameter per upstream, of the upstreams' types
 * in {@link #from()} order. Abstract, returning {@code List<Object>}: the tuple goes downstream.
 * Default, returning any {@code R}: its result goes downstream (zip then map, fused).
 * Each input is queued; a tuple is emitted when every input has an element waiting.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Zip {
    /** {@return the upstream stages, at least two; tuples hold their values in this order} */
    String[] from();
}
