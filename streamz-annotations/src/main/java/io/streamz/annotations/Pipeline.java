package io.streamz.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface as a streamz pipeline: each method carrying a stage annotation
 * ({@link Source}, {@link Map}, {@link Filter}, {@link Accumulate}, {@link Sink}, ...) is one
 * stage, named after the method. The streamz processor generates {@code Streamz_<Name>} in the
 * same package (nested {@code Outer.Name} gives {@code Streamz_Outer_Name}): a fused
 * implementation of the whole topology, a builder for its sinks, and an interpreted twin wired
 * from {@code io.streamz.Stream} nodes.
 *
 * <p>A stage's upstream is the stage declared just before it unless it names another with
 * {@code from}; a {@link Source} starts a new chain. Several stages naming the same upstream
 * make branches, which run depth-first in declaration order.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Pipeline {}
