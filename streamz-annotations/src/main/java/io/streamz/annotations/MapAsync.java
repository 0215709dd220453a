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
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface MapAsync {
    /** {@return the upstream stage; empty means the stage declared just before this one} */
    String from() default "";

    /** {@return the most calls in flight at once (parallelism); at least 1} */
    int value() default 1;
}
