package io.streamz.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * streamz's {@code map_async(f, parallelism)} (the runtime's {@code mapAsync}). Expected shape:
 * default, one parameter {@code T}, returns {@code java.util.concurrent.CompletionStage<R>}:
 * {@code @MapAsync(3) default CompletionStage<String> lookup(int id) { return client.get(id); }}.
 * At most {@link #value()} calls are in flight; their results {@code R} go on in input order, one
 * at a time, from the pipeline's event loop. The element's emit waits only for a free slot. A
 * failed call goes to the loop's {@code reportFailure}, naming the stage; the next one goes on.
 *
 * <p>With {@link #stopOnException()} (streamz's {@code stop_on_exception=True}) a failed call,
 * reported or routed as usual, also stops the stage: the calls already started or waiting for a
 * slot finish, and each element arriving later waits, its emit future pending (so a producer
 * awaiting its emits stops too), until the pipeline's {@code start()} resumes with it, in order:
 * nothing is lost but the failed element. The interface then declares {@code void start();}
 * (abstract, like {@code close()}), which the generated classes implement.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface MapAsync {
    /** {@return the upstream stage; empty means the stage declared just before this one} */
    String from() default "";

    /** {@return the most calls in flight at once (parallelism); at least 1} */
    int value() default 1;

    /**
     * {@return whether a failed call stops the stage until the pipeline's {@code void start()}
     * resumes it (streamz's {@code stop_on_exception})}
     */
    boolean stopOnException() default false;
}
