package io.streamz.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * streamz's {@code map}. Expected shape: a default method with one parameter and a non-void
 * return: {@code @Map default int parse(String line) { return Integer.parseInt(line); }}. Its
 * result, {@code null} included, goes downstream.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Map {
    /** {@return the upstream stage; empty means the stage declared just before this one} */
    String from() default "";
}
