package io.streamz.processor.validate;

import io.streamz.processor.diag.ProblemCode;
import io.streamz.processor.read.LocalAnnotation;

/**
 * A mistake on a type javac never shows a processor, so without an element: printed on the
 * annotation's source tree instead.
 *
 * @param where the annotation
 * @param code what kind of mistake
 * @param message the text after the tag: what is wrong; what was found. How to fix.
 */
public record LocalProblem(LocalAnnotation where, ProblemCode code, String message) {
    /** The whole message as javac prints it. */
    public String formatted() {
        return code.tag() + " " + message;
    }

    /** Prints it as a compile error on the annotation. */
    public void report() {
        where.error(formatted());
    }
}
