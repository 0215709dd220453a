package io.streamz.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An entry point of the pipeline. Expected shape: abstract, one parameter, returns {@code void}:
 * {@code @Source void emit(String line);}. The generated class implements it; each call pushes
 * one element through everything downstream before returning.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Source {}
