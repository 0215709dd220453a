package io.streamz.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * streamz's {@code union}. Expected shape: abstract, parameter {@code T}, returns {@code T}:
 * {@code @Union(from = {"a", "b"}) String both(String x);}. Elements of every named upstream go
 * downstream in arrival order.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Union {
    /** {@return the upstream stages, at least two} */
    String[] from();
}
