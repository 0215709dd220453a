package io.streamz.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.streamz.processor.model.Stage;
import io.streamz.processor.model.StageOptions;

/**
 * The fused form of {@code accumulate}, in its four shapes. The state field changes only after
 * the user's method returns, and before the value goes downstream, as in the runtime. Without a
 * start, the first element becomes the state and is passed on unchanged.
 */
final class AccumulateWriter {
    private final Names names;
    private final FailureGuard guard;

    AccumulateWriter(Names names, FailureGuard guard) {
        this.names = names;
        this.guard = guard;
    }

    /** Writes the stage; returns the name of the local holding the value it passes on. */
    String write(Stage stage, String in, CodeBlock.Builder body, NameAllocator locals) {
        StageOptions options = stage.options();
        String state = names.field(stage);
        String local = locals.newName(stage.name(), stage);
        if (options.returnsState()) {
            return writeReturningState(stage, in, body, locals, local);
        }
        CodeBlock next = CodeBlock.of("$N(this.$N, $N)", stage.name(), state, in);
        if (options.start() == null) {
            body.addStatement("$T $N", stage.outputType(), local);
            body.beginControlFlow("if (this.$N)", names.startedFlag(stage));
            guarded(stage, body, CodeBlock.of("$N = $L", local, next));
            body.nextControlFlow("else")
                    .addStatement("this.$N = true", names.startedFlag(stage))
                    .addStatement("$N = $N", local, in)
                    .endControlFlow();
        } else {
            body.addStatement("$T $N", stage.outputType(), local);
            guarded(stage, body, CodeBlock.of("$N = $L", local, next));
        }
        body.addStatement("this.$N = $N", state, local);
        return local;
    }

    private String writeReturningState(
            Stage stage, String in, CodeBlock.Builder body, NameAllocator locals, String local) {
        StageOptions options = stage.options();
        String state = names.field(stage);
        TypeName accumulated = ParameterizedTypeName.get(
                RuntimeTypes.ACCUMULATED,
                options.stateType().box(),
                stage.outputType().box());
        CodeBlock next = CodeBlock.of(
                "$T.requireNonNull($N(this.$N, $N), $S)",
                RuntimeTypes.OBJECTS,
                stage.name(),
                state,
                in,
                "accumulate: " + stage.name()
                        + " returned null; a state-returning accumulator must return an Accumulated");
        String value = locals.newName(stage.name() + "Value", "value");
        if (options.start() != null) {
            body.addStatement("$T $N", accumulated, local);
            guarded(stage, body, CodeBlock.of("$N = $L", local, next));
            body.addStatement("this.$N = $N.state()", state, local)
                    .addStatement("$T $N = $N.value()", stage.outputType(), value, local);
            return value;
        }
        body.addStatement("$T $N", stage.outputType(), value)
                .beginControlFlow("if (this.$N)", names.startedFlag(stage))
                .addStatement("$T $N", accumulated, local);
        guarded(stage, body, CodeBlock.of("$N = $L", local, next));
        body.addStatement("this.$N = $N.state()", state, local)
                .addStatement("$N = $N.value()", value, local)
                .nextControlFlow("else")
                .addStatement("this.$N = true", names.startedFlag(stage))
                .addStatement("this.$N = $N", state, in)
                .addStatement("$N = $N", value, in)
                .endControlFlow();
        return value;
    }

    /** The statement calling the user's method, naming the stage if it fails. */
    private void guarded(Stage stage, CodeBlock.Builder body, CodeBlock call) {
        guard.begin(body);
        body.addStatement("$L", call);
        guard.end(body, stage);
    }
}
