package io.streamz.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * streamz's {@code latest()}: a decoupling point that drops stale values. Expected shape:
 * abstract, parameter {@code T}, returns {@code T}: {@code @Latest Price newest(Price price);}.
 * The stages after it run on the pipeline's event loop; while they are busy with one element
 * (an asynchronous sink's work not yet done), newer elements replace each other here and only
 * the newest goes on once they are free. The newest is always delivered eventually. An emit never
 * waits on it (no back pressure: dropping is the point).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Latest {
    /** {@return the upstream stage; empty means the stage declared just before this one} */
    String from() default "";
}
