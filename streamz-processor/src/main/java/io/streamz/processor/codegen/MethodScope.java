package io.streamz.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import io.streamz.processor.model.Stage;
import io.streamz.processor.model.StageOptions;

/**
 * The method being written: its body, the names of its locals, the guard naming the stage of a
 * failure in user code, and whether it returns a back-pressure future (then its early exits
 * return {@code null}). One per generated method, handed to every unit writing into it.
 */
final class MethodScope {
    private final CodeBlock.Builder body = CodeBlock.builder();
    private final NameAllocator locals;
    private final FailureGuard guard;
    private final boolean returnsPending;

    MethodScope(Generation g, boolean returnsPending) {
        this.locals = g.names().locals();
        this.guard = new FailureGuard(g, locals, returnsPending);
        this.returnsPending = returnsPending;
    }

    CodeBlock.Builder body() {
        return body;
    }

    /** A fresh local name like {@code suggestion}. */
    String newLocal(String suggestion) {
        return locals.newName(suggestion, new Object());
    }

    /** Whether the method returns a back-pressure future. */
    boolean returnsPending() {
        return returnsPending;
    }

    FailureGuard guard() {
        return guard;
    }

    /** Leaves the method early, with nothing pending. */
    void returnEarly() {
        body.addStatement(returnsPending ? "return null" : "return");
    }

    /** {@code if (!condition) return;}: the element goes no further. */
    void returnUnless(CodeBlock condition) {
        body.beginControlFlow("if (!$L)", condition);
        returnEarly();
        body.endControlFlow();
    }

    /** A local named after {@code stage}, of its output type, set to {@code init}. */
    Value local(Stage stage, CodeBlock init) {
        String local = newLocal(stage.name());
        body.addStatement("$T $N = $L", stage.outputType(), local, init);
        return new Value(local, stage.outputType());
    }

    /** A local named after {@code stage}, set to {@code init}; the method returns early if it is {@code null}. */
    Value localOrReturn(Stage stage, CodeBlock init) {
        Value value = local(stage, init);
        body.beginControlFlow("if ($N == null)", value.name());
        returnEarly();
        body.endControlFlow();
        return value;
    }

    /** A local named after {@code stage} set by a call into user code, which names {@code stage} if it fails. */
    Value guardedLocal(Stage stage, CodeBlock call) {
        return guardedLocal(stage, call, null);
    }

    /**
     * {@link #guardedLocal(Stage, CodeBlock)} for a stage called on {@code in}, which it names in
     * a failure it routes.
     */
    Value guardedLocal(Stage stage, CodeBlock call, Value in) {
        String local = newLocal(stage.name());
        body.addStatement("$T $N", stage.outputType(), local);
        guarded(stage, CodeBlock.of("$N = $L", local, call), in);
        return new Value(local, stage.outputType());
    }

    /**
     * A local of {@code type} holding the key of {@code in}, set by calling {@code stage}'s key
     * method, which names {@code stage} if it fails.
     */
    String keyLocal(Stage stage, StageOptions.Key key, TypeName type, Value in) {
        String local = newLocal(stage.name() + "Key");
        body.addStatement("$T $N", type, local);
        guarded(stage, CodeBlock.of("$N = $L($N)", local, Names.call(key.method()), in.name()));
        return local;
    }

    /** One statement calling user code, naming {@code stage} if it fails. */
    void guarded(Stage stage, CodeBlock statement) {
        guarded(stage, statement, null);
    }

    /**
     * One statement calling user code on {@code in}, naming {@code stage} if it fails, or
     * routing the failure if {@code stage} routes its failures ({@code in} is then the element).
     */
    void guarded(Stage stage, CodeBlock statement, Value in) {
        guard.begin(body);
        body.addStatement("$L", statement);
        guard.end(body, stage, in == null ? null : in.name());
    }

    CodeBlock build() {
        return body.build();
    }
}
