package io.streamz.processor.diag;

import java.util.Objects;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * One compile error, on the most specific element: an annotation value, an annotation, or an element.
 *
 * @param code the stable id
 * @param message what is wrong, what was found, how to fix it
 * @param element the offending element
 * @param annotation the offending annotation on it, or {@code null}
 * @param value the offending value of that annotation, or {@code null}
 */
public record Problem(ProblemCode code, String message, Element element, AnnotationMirror annotation,
                      AnnotationValue value) {

    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(element, "element");
    }

    /** A problem on {@code element} itself. */
    public static Problem on(ProblemCode code, Element element, String message) {
        return new Problem(code, message, element, null, null);
    }

    /** The text printed: {@code [streamz.<code>] message}. */
    public String formatted() {
        return "[streamz." + code.id() + "] " + message;
    }
}
