package io.streamz.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;

/**
 * One piece of per-key state of the {@code Engine} body: a field holding its handle, and the
 * {@code StateSpec} in {@code spec()} it is created from.
 *
 * @param name the state's name in the spec (the stage's name)
 * @param field the {@code Engine}'s field holding the handle
 * @param handle the handle's type, e.g. {@code LongState} or {@code SetState<Object>}
 * @param factory the {@code StateBackend} method creating it: {@code longState}, {@code value}, ...
 * @param spec the expression of its {@code StateSpec}
 */
record EngineState(String name, String field, TypeName handle, String factory, CodeBlock spec) {}
