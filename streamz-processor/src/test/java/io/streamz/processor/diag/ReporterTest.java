package io.streamz.processor.diag;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

class ReporterTest {
    /** Records what javac would print. */
    private static final class RecordingMessager implements Messager {
        final List<String> printed = new ArrayList<>();
        final List<Element> elements = new ArrayList<>();

        @Override
        public void printMessage(Diagnostic.Kind kind, CharSequence msg) {
            printMessage(kind, msg, null, null, null);
        }

        @Override
        public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e) {
            printMessage(kind, msg, e, null, null);
        }

        @Override
        public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a) {
            printMessage(kind, msg, e, a, null);
        }

        @Override
        public void printMessage(
                Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a, AnnotationValue v) {
            printed.add(kind + " " + msg);
            elements.add(e);
        }
    }

    private static Element element(String name) {
        return proxy(Element.class, name);
    }

    /** A stand-in for a javac object that only knows its name. */
    private static <T> T proxy(Class<T> type, String name) {
        return type.cast(Proxy.newProxyInstance(
                type.getClassLoader(),
                new Class<?>[] {type},
                (proxy, method, args) -> method.getName().equals("toString") ? name : null));
    }

    @Test
    void problemsArePrintedAsErrorsWithTheirTag() {
        RecordingMessager messager = new RecordingMessager();
        Element totals = element("com.acme.Totals");
        Report report = new Report();
        report.add(Problem.on(ProblemCode.NO_SOURCE, totals, "Totals has no @Source."));
        new Reporter(messager).report(report);
        assertThat(messager.printed).containsExactly("ERROR [streamz.no-source] Totals has no @Source.");
        assertThat(messager.elements).containsExactly(totals);
        assertThat(report.isClean()).isFalse();
        assertThat(report.has(ProblemCode.NO_SOURCE)).isTrue();
        assertThat(report.has(ProblemCode.CYCLE)).isFalse();
    }

    @Test
    void aCrashBecomesAnInternalErrorWithItsTrace() {
        RecordingMessager messager = new RecordingMessager();
        new Reporter(messager).internal(element("com.acme.Totals"), new IllegalStateException("boom"));
        assertThat(messager.printed).hasSize(1);
        String printed = messager.printed.get(0);
        assertThat(printed)
                .startsWith("ERROR [streamz.internal] the Streamz processor crashed while reading"
                        + " com.acme.Totals; this is a bug in Streamz");
        assertThat(printed).contains("java.lang.IllegalStateException: boom");
        assertThat(printed)
                .contains("at io.streamz.processor.diag.ReporterTest.aCrashBecomesAnInternalErrorWithItsTrace");
    }

    @Test
    void aValueNeedsItsAnnotation() {
        Element totals = element("com.acme.Totals");
        AnnotationValue value = proxy(AnnotationValue.class, "\"v\"");
        assertThrows(IllegalArgumentException.class, () -> new Problem(ProblemCode.CYCLE, "m", totals, null, value));
    }
}
