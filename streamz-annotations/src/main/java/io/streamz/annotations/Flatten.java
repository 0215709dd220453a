package io.streamz.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * streamz's {@code flatten}, one level. Expected shape: abstract, one parameter of an
 * {@code Iterable<X>}-compatible type or {@code X[]}, returning {@code X}:
 * {@code @Flatten String words(List<String> batch);}. Each member goes downstream in order.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Flatten {
    /** {@return the upstream stage; empty means the stage declared just before this one} */
    String from() default "";
}
