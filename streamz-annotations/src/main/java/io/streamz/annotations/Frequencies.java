package io.streamz.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * streamz's {@code frequencies()}. Expected shape: abstract, parameter {@code T}, returns
 * {@code java.util.Map<T, Long>}: {@code @Frequencies Map<String, Long> counts(String word);}.
 * After each element, emits the count of every element seen so far, as a new read-only map in
 * the order elements first came (each map is a snapshot: it costs the number of distinct
 * elements, as streamz's copy does).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Frequencies {
    /** {@return the upstream stage; empty means the stage declared just before this one} */
    String from() default "";
}
