package io.streamz.processor.codegen;

import com.palantir.javapoet.TypeName;

/**
 * A named value in a generated method: a local or a parameter, and its type.
 *
 * @param name the local's or parameter's name
 * @param type its type
 */
record Value(String name, TypeName type) {}
