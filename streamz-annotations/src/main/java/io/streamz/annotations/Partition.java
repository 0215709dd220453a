package io.streamz.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * streamz's {@code partition}. Expected shape: abstract, parameter {@code T}, returns
 * {@code List<T>}: {@code @Partition(3) List<Integer> triples(int x);}. Emits a list of
 * {@link #value()} elements each time that many have arrived (per key when {@link #key()} is set).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Partition {
    /** {@return the upstream stage; empty means the stage declared just before this one} */
    String from() default "";

    /** {@return how many elements make one partition; at least 1} */
    int value();

    /** {@return a default method {@code K key(T element)} grouping elements into separate partitions; empty: no key} */
    String key() default "";
}
