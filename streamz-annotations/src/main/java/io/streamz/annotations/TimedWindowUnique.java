package io.streamz.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * streamz's {@code timed_window_unique(interval, key, keep)}. Expected shape: abstract,
 * parameter {@code T}, returns {@code List<T>}:
 * {@code @TimedWindowUnique(1000) List<String> distinctPerSecond(String word);}. Every
 * {@link #value()} milliseconds, from the moment the pipeline is built, emits the elements with
 * distinct keys that arrived since the previous window, empty windows included, from the
 * pipeline's event loop, as {@code @TimedWindow} does. Of the elements sharing a key it keeps the
 * first, in the order keys first came, or with {@link #keepLast()} the latest, in the order of
 * those latest elements. A key is computed once, when its element arrives.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface TimedWindowUnique {
    /** {@return the upstream stage; empty means the stage declared just before this one} */
    String from() default "";

    /** {@return the window length in milliseconds; at least 1, at most 4,611,686,018,427 (half of {@code Long.MAX_VALUE} nanoseconds)} */
    long value();

    /** {@return a default method {@code K key(T element)}; empty: the element itself is the key} */
    String key() default "";

    /** {@return whether a repeated key keeps its latest element (streamz's {@code keep="last"}), not its first} */
    boolean keepLast() default false;
}
