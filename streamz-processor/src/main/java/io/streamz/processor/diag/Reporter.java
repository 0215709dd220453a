package io.streamz.processor.diag;

import javax.annotation.processing.Messager;
import javax.tools.Diagnostic;

/** Prints {@link Problem}s as compile errors through the {@link Messager}. */
public final class Reporter {
    private final Messager messager;

    public Reporter(Messager messager) {
        this.messager = messager;
    }

    public void report(Problem problem) {
        messager.printMessage(Diagnostic.Kind.ERROR, problem.formatted(), problem.element(),
                problem.annotation(), problem.value());
    }
}
