package io.streamz.processor.diag;

import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * One mistake in user code, pinned to the most specific element javac can point at: an
 * annotation value, else an annotation, else the method, parameter or type.
 *
 * @param code what kind of mistake, the stable id in the message
 * @param message the text after the tag: what is wrong; what was found. How to fix.
 * @param element where it is
 * @param annotation the annotation on {@code element} to point at, or null
 * @param value the value inside {@code annotation} to point at, or null
 */
public record Problem(
        ProblemCode code, String message, Element element, AnnotationMirror annotation, AnnotationValue value) {

    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(element, "element");
        if (value != null && annotation == null) {
            throw new IllegalArgumentException("an annotation value needs its annotation");
        }
    }

    /** A problem on an element as a whole. */
    public static Problem on(ProblemCode code, Element element, String message) {
        return new Problem(code, message, element, null, null);
    }

    /** A problem on one annotation of an element. */
    public static Problem on(ProblemCode code, Element element, AnnotationMirror annotation, String message) {
        return new Problem(code, message, element, annotation, null);
    }

    /**
     * A problem on one value of an annotation; when the user left the value at its default
     * (so {@code value} is empty) javac points at the annotation instead.
     */
    public static Problem on(
            ProblemCode code,
            Element element,
            AnnotationMirror annotation,
            Optional<? extends AnnotationValue> value,
            String message) {
        return new Problem(code, message, element, annotation, value.orElse(null));
    }

    /** The whole message as javac prints it: {@code [streamz.<code>] <message>}. */
    public String formatted() {
        return code.tag() + " " + message;
    }
}
