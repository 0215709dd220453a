package io.streamz.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import io.streamz.processor.model.FailureSink;
import io.streamz.processor.model.Stage;

/**
 * Wraps each call into user code in fused code so that its failure names the stage, with the
 * label the interpreted twin's node has: {@code try { ... } catch (Throwable e) { throw
 * Failures.rethrow("map: parse", e); }}. Any {@code Throwable} (an undeclared checked exception
 * too) goes on unchanged, a {@code StackOverflowError} as a {@code StageOverflowException}; a
 * {@code try} costs nothing while nothing is thrown.
 */
final class FailureGuard {
    private final Generation g;
    private final NameAllocator locals;
    private final boolean returnsPending;
    private String caught;

    /**
     * A guard for one generated method, whose catch parameter comes from {@code locals}; a
     * routed failure leaves the method, returning {@code null} if {@code returnsPending}.
     */
    FailureGuard(Generation g, NameAllocator locals, boolean returnsPending) {
        this.g = g;
        this.locals = locals;
        this.returnsPending = returnsPending;
    }

    /** Opens the {@code try} around the statements of {@code stage} that call user code. */
    void begin(CodeBlock.Builder body) {
        body.beginControlFlow("try");
    }

    /** Closes the {@code try}: a failure records {@code stage}'s label and is rethrown. */
    void end(CodeBlock.Builder body, Stage stage) {
        end(body, stage, null);
    }

    /**
     * Closes the {@code try} around {@code stage}'s user code, called on {@code input} (a local,
     * or an expression of it giving the element as the twin's node sees it): a
     * failure records {@code stage}'s label and is rethrown, or, if the stage routes its
     * failures ({@code @OnFailure}), goes to its error sink and the element goes no further.
     */
    void end(CodeBlock.Builder body, Stage stage, String input) {
        if (caught == null) {
            caught = locals.newName("e", FailureGuard.class);
        }
        body.nextControlFlow("catch ($T $N)", Throwable.class, caught);
        g.meters().countFailed(stage, body, caught);
        FailureSink route = input == null ? null : g.model().failureRoute(stage);
        if (route == null) {
            body.addStatement("throw $T.rethrow($S, $N)", RuntimeTypes.FAILURES, label(stage), caught);
        } else {
            body.addStatement(
                            "this.$N($T.routed($S, $L, $N))",
                            FailureRoutes.routeMethod(g, route),
                            RuntimeTypes.FAILURES,
                            label(stage),
                            input,
                            caught)
                    .addStatement(returnsPending ? "return null" : "return");
        }
        body.endControlFlow();
    }

    /** The label of the twin's node that runs {@code stage}'s user code: its unit says which. */
    static String label(Stage stage) {
        return Generation.unit(stage).label(stage);
    }
}
