package io.streamz.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.streamz.processor.fuse.LockStepZip;
import io.streamz.processor.model.Stage;

/**
 * {@code @Source}: the generated classes implement its method. In the fused class it runs the
 * segments downstream of it (pairing a lock-step zip's inputs in locals); in the twin it emits
 * into the source's node.
 */
final class SourceUnit implements StageUnit {
    @Override
    public String valueName(Stage source) {
        return source.parameterNames().get(0);
    }

    @Override
    public boolean emitsUnboxed(Stage stage) {
        return true;
    }

    @Override
    public Value fuse(Generation g, Stage stage, Value in, MethodScope scope) {
        throw new IllegalArgumentException("a segment cannot hold source " + stage.name());
    }

    @Override
    public void addMethods(Generation g, Stage source, TypeSpec.Builder type) {
        type.addMethod(StageMethods.override(g, source).addCode(body(g, source)).build());
    }

    /**
     * The body of a {@code @Source} method: hands its parameter to every downstream. In a
     * pipeline on a loop, a call from another thread hops onto the loop first. A source returning
     * {@code CompletionStage<Void>} returns the pending work; a {@code void} one hands its failure
     * to the loop.
     */
    private static CodeBlock body(Generation g, Stage source) {
        MethodScope scope = new MethodScope(g, false);
        String parameter = scope.newLocal(g.names().parameter(source, 0));
        boolean returnsStage = !source.returnType().equals(TypeName.VOID);
        // first: from another thread a best-effort fast failure, on the loop's thread (where the
        // call hops, running this method again) the one that counts
        scope.body()
                .beginControlFlow("if (this.$N)", g.names().closedField())
                .addStatement(
                        "throw $T.closed($S, $S)",
                        RuntimeTypes.CLOSING,
                        g.model().pipeline().simpleName(),
                        source.name())
                .endControlFlow();
        if (g.model().usesLoop()) {
            hopOntoLoop(g, source, parameter, returnsStage, scope);
        }
        String entered = g.meters().sourceBegin(source, scope);
        if (!g.backPressure().handsToFuture(source)
                || (!returnsStage && !g.model().usesLoop())) {
            // nothing pending, or nobody to hand it to: a void source of a pipeline without a loop
            LockStepZip lockStep = g.fusion().lockStepZipOf(source);
            if (lockStep != null) {
                g.lockStep().sourceBody(lockStep, parameter, returnsStage, scope);
                g.meters().sourceEnd(entered, scope);
                return scope.build();
            }
            g.exits().passOn(source, new Value(parameter, source.outputType()), scope);
            if (returnsStage) {
                scope.body().addStatement("return $T.stage(null)", RuntimeTypes.COMPLETIONS);
            }
            g.meters().sourceEnd(entered, scope);
            return scope.build();
        }
        String pending = g.exits().handOverPending(g.exits().of(source), parameter, scope);
        if (returnsStage) {
            scope.body()
                    .addStatement(
                            "return $T.of($L, $L)",
                            RuntimeTypes.EMIT_STAGE,
                            pending,
                            g.model().usesLoop()
                                    ? CodeBlock.of("this.$N", g.names().loopField())
                                    : "null");
        } else {
            scope.body()
                    .addStatement(
                            "$T.reportFailure($L, this.$N)",
                            RuntimeTypes.COMPLETIONS,
                            pending,
                            g.names().loopField());
        }
        g.meters().sourceEnd(entered, scope);
        return scope.build();
    }

    /** A call from a thread other than the loop's runs the method again on the loop. */
    private static void hopOntoLoop(
            Generation g, Stage source, String parameter, boolean returnsStage, MethodScope scope) {
        String loop = g.names().loopField();
        CodeBlock.Builder body = scope.body();
        body.beginControlFlow("if (!this.$N.inLoop())", loop);
        if (returnsStage) {
            body.addStatement(
                    "return $T.handOff(this.$N, () -> $L($N))",
                    RuntimeTypes.EMIT_STAGE,
                    loop,
                    Names.call(source.name()),
                    parameter);
        } else {
            body.addStatement("this.$N.handOff(() -> $L($N))", loop, Names.call(source.name()), parameter)
                    .addStatement("return");
        }
        body.endControlFlow();
    }

    @Override
    public CodeBlock twinNode(TwinScope twin, Stage source) {
        return twin.generation().model().usesLoop()
                ? CodeBlock.of("new $T<>($S, this.$N)", RuntimeTypes.STREAM, source.name(), twin.loopField())
                : CodeBlock.of("new $T<>($S)", RuntimeTypes.STREAM, source.name());
    }

    /**
     * Emits into the source node; returns its stage, or, for a {@code void} source on a loop,
     * hands a failure of the pending work to the loop, as the fused class does.
     */
    @Override
    public void addTwinMethods(TwinScope twin, Stage source, TypeSpec.Builder type) {
        String parameter = twin.generation().names().parameter(source, 0);
        String node = twin.generation().names().field(source);
        CodeBlock.Builder body = CodeBlock.builder();
        if (!source.returnType().equals(TypeName.VOID)) {
            body.addStatement("return this.$N.emit($N)", node, parameter);
        } else if (twin.generation().model().usesLoop()) {
            body.addStatement(
                    "$T.reportFailure($T.of(this.$N.emit($N)), this.$N)",
                    RuntimeTypes.COMPLETIONS,
                    RuntimeTypes.COMPLETIONS,
                    node,
                    parameter,
                    twin.loopField());
        } else {
            body.addStatement("this.$N.emit($N)", node, parameter);
        }
        type.addMethod(StageMethods.override(twin.generation(), source)
                .addCode(body.build())
                .build());
    }

    /** The twin's entry node, a plain {@code Stream} named after the source: {@code emit; Stream}. */
    @Override
    public String dotLabel(Stage source) {
        return source.name() + "; Stream";
    }
}
