package io.streamz.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * streamz's {@code timed_window}. Expected shape: abstract, parameter {@code T}, returns
 * {@code List<T>}: {@code @TimedWindow(1000) List<String> perSecond(String line);}. Every
 * {@link #value()} milliseconds, from the moment the pipeline is built, emits the elements that
 * arrived since the previous window, empty windows included, from the pipeline's event loop. A
 * failure downstream goes to the loop's failure handler and the windows keep coming.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface TimedWindow {
    /** {@return the upstream stage; empty means the stage declared just before this one} */
    String from() default "";

    /** {@return the window length in milliseconds; at least 1, at most 4,611,686,018,427 (half of {@code Long.MAX_VALUE} nanoseconds)} */
    long value();
}
