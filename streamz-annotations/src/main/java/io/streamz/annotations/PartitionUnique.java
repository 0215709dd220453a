package io.streamz.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * streamz's {@code partition_unique(n, key, keep)}. Expected shape: abstract, parameter
 * {@code T}, returns {@code List<T>}: {@code @PartitionUnique(3) List<String> distinct(String word);}.
 * Holds elements until {@link #value()} distinct keys are held, then emits the held elements as
 * a list and starts a new group. Of the elements sharing a key it keeps the first, in the order
 * keys first came, or with {@link #keepLast()} the latest, in the order of those latest elements.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface PartitionUnique {
    /** {@return the upstream stage; empty means the stage declared just before this one} */
    String from() default "";

    /** {@return how many distinct keys make one group; at least 1} */
    int value();

    /** {@return a default method {@code K key(T element)}; empty: the element itself is the key} */
    String key() default "";

    /** {@return whether a repeated key keeps its latest element (streamz's {@code keep="last"}), not its first} */
    boolean keepLast() default false;
}
