package io.streamz.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * streamz's {@code buffer(n)}: a decoupling point. Expected shape: abstract, parameter {@code T},
 * returns {@code T}: {@code @Buffer(100) String queued(String line);}. Up to {@link #value()}
 * elements (plus the one being processed) wait here; the stages after it run on the pipeline's
 * event loop, one element at a time, each after the previous one's asynchronous work finished.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Buffer {
    /** {@return the upstream stage; empty means the stage declared just before this one} */
    String from() default "";

    /** {@return how many elements may wait here; at least 1} */
    int value();
}
