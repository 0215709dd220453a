package io.streamz.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * streamz's {@code sink}. Expected shape: one parameter, returns {@code void}. Abstract:
 * {@code @Sink void out(long total);} is supplied at build time as a consumer
 * ({@code IntConsumer}, {@code LongConsumer}, {@code DoubleConsumer} for those primitives,
 * {@code Consumer<T>} otherwise). Default: its body is the sink.
 *
 * <p>Asynchronous ({@code sinkAsync}): returns {@code java.util.concurrent.CompletionStage<Void>}
 * (or {@code CompletionStage<?>}, whose value is discarded), and the element's emit waits for the
 * stage. Abstract: {@code @Sink CompletionStage<Void> write(int id);} is supplied at build time
 * as a function returning the stage ({@code IntFunction<? extends CompletionStage<?>>},
 * {@code LongFunction}, {@code DoubleFunction} for those primitives,
 * {@code Function<T, ? extends CompletionStage<?>>} otherwise). Default: its body returns the stage.
 * The pipeline then runs on an event loop, as one with time stages does.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Sink {
    /** {@return the upstream stage; empty means the stage declared just before this one} */
    String from() default "";
}
