package io.streamz.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The error route of a pipeline, the generated counterpart of {@code Stream.routeFailuresTo}: a
 * sink receiving, as {@code io.streamz.FailedElement} (the stage's label, the element, the
 * failure), the failures of the stages it names, which then <em>route and go on</em> instead of
 * failing: the element goes no further at that stage, and later elements flow. Every other stage
 * keeps failing (the default): its failure reaches the caller, or the emit's stage.
 *
 * <p>Expected shape: {@code void name(FailedElement failure)}. Abstract:
 * {@code @OnFailure(from = "parse") void rejected(FailedElement failure);} is supplied at build
 * time as a {@code Consumer<FailedElement>}. Default: its body is the sink.
 *
 * <p>A stage named here is a {@code @Map}, {@code @Filter}, {@code @Accumulate} or {@code @Sink}
 * (an asynchronous sink routes the failure of its stage from the event loop, and the emit's
 * stage then completes normally). A failure of the error sink itself reaches
 * whoever the routed failure would have reached, with the routed failure suppressed on it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OnFailure {
    /**
     * The stages whose failures come here; empty means every stage that can route and that no
     * other {@code @OnFailure} names.
     *
     * @return the names of the stages routed here
     */
    String[] from() default {};
}
