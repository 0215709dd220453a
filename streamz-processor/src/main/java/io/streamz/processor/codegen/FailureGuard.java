package io.streamz.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import io.streamz.processor.model.Stage;

/**
 * Wraps each call into user code in fused code so that its failure names the stage, with the
 * label the interpreted twin's node has: {@code try { ... } catch (Throwable e) { throw
 * Failures.rethrow("map: parse", e); }}. Any {@code Throwable} (an undeclared checked exception
 * too) goes on unchanged, a {@code StackOverflowError} as a {@code StageOverflowException}; a
 * {@code try} costs nothing while nothing is thrown.
 */
final class FailureGuard {
    private final NameAllocator locals;
    private String caught;

    /** A guard for one generated method, whose catch parameter comes from {@code locals}. */
    FailureGuard(NameAllocator locals) {
        this.locals = locals;
    }

    /** Opens the {@code try} around the statements of {@code stage} that call user code. */
    void begin(CodeBlock.Builder body) {
        body.beginControlFlow("try");
    }

    /** Closes the {@code try}: a failure records {@code stage}'s label and is rethrown. */
    void end(CodeBlock.Builder body, Stage stage) {
        if (caught == null) {
            caught = locals.newName("e", FailureGuard.class);
        }
        body.nextControlFlow("catch ($T $N)", Throwable.class, caught)
                .addStatement("throw $T.rethrow($S, $N)", RuntimeTypes.FAILURES, label(stage), caught)
                .endControlFlow();
    }

    /** The label of the twin's node that runs {@code stage}'s user code: its unit says which. */
    static String label(Stage stage) {
        return Generation.unit(stage).label(stage);
    }
}
