package io.streamz.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * streamz's {@code filter}. Expected shape: a default method with one parameter returning
 * {@code boolean}: {@code @Filter default boolean large(int x) { return x > 100; }}. Elements for
 * which it returns {@code true} pass on unchanged.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Filter {
    /** {@return the upstream stage; empty means the stage declared just before this one} */
    String from() default "";
}
