package io.streamz.processor.diag;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Objects;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/** Prints problems through javac's {@link Messager}, always as errors. */
public final class Reporter {
    private final Messager messager;

    public Reporter(Messager messager) {
        this.messager = Objects.requireNonNull(messager, "messager");
    }

    /** Prints one problem as a compile error on its element, annotation or value. */
    public void report(Problem problem) {
        Objects.requireNonNull(problem, "problem");
        messager.printMessage(
                Diagnostic.Kind.ERROR, problem.formatted(), problem.element(), problem.annotation(), problem.value());
    }

    /** Prints every problem of a report. */
    public void report(Report report) {
        Objects.requireNonNull(report, "report");
        report.problems().forEach(this::report);
    }

    /**
     * Reports a crash of the processor itself on the interface it was working on, with the
     * stack trace, so the build fails with something a maintainer can act on instead of
     * javac's own "annotation processor threw an exception".
     */
    public void internal(Element element, Throwable crash) {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(crash, "crash");
        StringWriter trace = new StringWriter();
        crash.printStackTrace(new PrintWriter(trace));
        report(Problem.on(
                ProblemCode.INTERNAL,
                element,
                "the Streamz processor crashed while reading " + element
                        + "; this is a bug in Streamz, not in your code. Please report it with"
                        + " this trace:\n" + trace));
    }
}
