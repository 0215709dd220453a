package io.streamz.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * streamz's {@code accumulate}. Expected shape: a default method {@code S name(S state, T element)}
 * returning the new state, which is also emitted:
 * {@code @Accumulate(start = "zero") default long total(long sum, int x) { return sum + x; }}.
 *
 * <p>Without {@link #start()} the first element becomes the state and is emitted unchanged (so
 * {@code S} must accept {@code T}). With {@link #returnsState()} the method returns
 * {@code io.streamz.Accumulated<S, R>}: its state is kept and its value emitted. With
 * {@link #withState()} the stage emits {@code io.streamz.Accumulated<S, S>}, the new state
 * alongside the result (streamz's {@code with_state=True}); the first element {@code x} of a
 * stage without a start emits {@code Accumulated(x, x)}.
 *
 * <p>With {@link #resetBy()} (streamz issue #65, PR #249) every element another stage emits sets
 * the state back to its start, emitting nothing: {@code @Accumulate(start = "zero", resetBy =
 * "midnight")}. A reset and an element reaching the stage in one emit are taken in the order the
 * upstream's branches run (depth-first, in declaration order).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Accumulate {
    /** {@return the upstream stage; empty means the stage declared just before this one} */
    String from() default "";

    /** {@return a no-argument default or static method of the pipeline returning the initial state; empty: no start} */
    String start() default "";

    /** {@return whether the method returns {@code io.streamz.Accumulated<S, R>} (new state and emitted value)} */
    boolean returnsState() default false;

    /**
     * {@return whether the stage emits {@code io.streamz.Accumulated<S, S>} of the new state and the
     * result (streamz's {@code with_state=True}); not with {@link #returnsState()}}
     */
    boolean withState() default false;

    /**
     * {@return a stage whose every element sets the state back to its start (which the stage then
     * needs), emitting nothing; declared above this one, neither this stage's upstream nor
     * downstream of it; empty: never reset}
     */
    String resetBy() default "";
}
