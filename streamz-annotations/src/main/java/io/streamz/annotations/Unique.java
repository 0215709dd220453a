package io.streamz.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * streamz's {@code unique}. Expected shape: abstract, parameter {@code T}, returns {@code T}:
 * {@code @Unique String firstSeen(String word);}. Passes an element on only if its key was not
 * seen before; the key is recorded as seen before the element goes downstream.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Unique {
    /** {@return the upstream stage; empty means the stage declared just before this one} */
    String from() default "";

    /** {@return how many keys are remembered (least recently seen forgotten first); 0 remembers all} */
    int history() default 0;

    /** {@return a default method {@code K key(T element)}; empty: the element itself is the key} */
    String key() default "";
}
