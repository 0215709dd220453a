package io.streamz.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * streamz's {@code sliding_window}. Expected shape: abstract, parameter {@code T}, returns
 * {@code List<T>}: {@code @SlidingWindow(3) List<Integer> lastThree(int x);}. Emits the last
 * {@link #value()} elements on every arrival once that many have arrived.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface SlidingWindow {
    /** {@return the upstream stage; empty means the stage declared just before this one} */
    String from() default "";

    /** {@return the window size; at least 1} */
    int value();

    /** {@return whether the first {@code value - 1} partial windows are emitted too} */
    boolean returnPartial() default false;
}
