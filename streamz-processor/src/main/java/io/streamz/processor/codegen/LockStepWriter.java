package io.streamz.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import io.streamz.processor.fuse.Fusion;
import io.streamz.processor.fuse.LockStepZip;
import io.streamz.processor.fuse.Segment;
import io.streamz.processor.model.Edge;
import io.streamz.processor.model.Stage;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes a zip one source feeds in lock step ({@link LockStepZip}): the source method pairs the
 * values of the zip's inputs in locals and calls the zip's segment with them directly; the
 * zip's queue only holds values a failure left out of step.
 */
final class LockStepWriter {
    private final Generation g;

    LockStepWriter(Generation g) {
        this.g = g;
    }

    /** The member of the zip's unit: the method its queue calls with a completed tuple. */
    static final String TUPLE_CALLBACK = "tupleCallback";

    /**
     * The segment of a lock-step zip: takes one parameter per input, in {@code from} order, and
     * calls the zip's method on them directly.
     */
    MethodSpec zipMethod(Segment segment, LockStepZip lockStep) {
        Stage zip = lockStep.zip();
        MethodScope scope = new MethodScope(g.backPressure().returnsFuture(segment));
        MethodSpec.Builder method =
                MethodSpec.methodBuilder(g.names().segmentMethod(zip)).addModifiers(Modifier.PRIVATE);
        CodeBlock.Builder arguments = CodeBlock.builder();
        for (int input = 0; input < lockStep.inputs(); input++) {
            Stage feed = g.model().stage(zip.upstreams().get(input));
            String parameter = scope.newLocal(Generation.unit(feed).valueName(feed));
            method.addParameter(feed.outputType(), parameter);
            arguments.add(input == 0 ? "$N" : ", $N", parameter);
        }
        Value value = scope.guardedLocal(zip, CodeBlock.of("$N($L)", zip.name(), arguments.build()));
        value = g.segments()
                .writeStages(segment.stages().subList(1, segment.stages().size()), value, scope);
        g.segments().finish(segment, value, scope);
        method.addJavadoc(
                "Fused: $L, called with the values of one call of {@code $N}.$L\n",
                segment.describe(),
                lockStep.source().name(),
                scope.returnsPending() ? SegmentWriter.RETURNS_PENDING : "");
        if (scope.returnsPending()) {
            method.returns(RuntimeTypes.PENDING);
        }
        return method.addCode(scope.build()).build();
    }

    /**
     * What a lock-step zip's queue calls once its inputs are out of step: the zip's segment on
     * the members of a tuple.
     */
    MethodSpec tupleCallback(LockStepZip lockStep) {
        Stage zip = lockStep.zip();
        CodeBlock.Builder arguments = CodeBlock.builder();
        boolean unchecked = false;
        for (int input = 0; input < lockStep.inputs(); input++) {
            TypeName type = g.model().stage(zip.upstreams().get(input)).outputType();
            unchecked |= RuntimeTypes.uncheckedCast(type);
            arguments.add(input == 0 ? "" : ", ").add("($T) tuple.get($L)", type, input);
        }
        MethodSpec.Builder method = MethodSpec.methodBuilder(g.names().member(TUPLE_CALLBACK, zip))
                .addJavadoc(
                        "Runs {@code $N} on a tuple its queue completed, the members in {@code from} order.\n",
                        zip.name())
                .addModifiers(Modifier.PRIVATE)
                .addParameter(Fusion.TUPLE, "tuple");
        if (g.backPressure().segmentReturnsFuture(zip)) {
            method.returns(RuntimeTypes.PENDING)
                    .addStatement("return $N($L)", g.names().segmentMethod(zip), arguments.build());
        } else {
            method.addStatement("$N($L)", g.names().segmentMethod(zip), arguments.build());
        }
        if (unchecked) {
            method.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                    .addMember("value", "$S", "unchecked")
                    .build());
        }
        return method.build();
    }

    /**
     * The body of a source feeding a lock-step zip: the chains' values go to locals, in branch
     * order with the source's other exits, and the zip's segment is called with them as soon as
     * the last one is there. If a later exit fails, the values already computed go to the zip's
     * queue, as the interpreted zip would hold them; from then on, while the queue holds
     * anything, every call queues as the interpreted zip does.
     */
    void sourceBody(LockStepZip lockStep, String parameter, boolean returnsStage, MethodScope scope) {
        List<Edge> exits = g.exits().of(lockStep.source());
        CodeBlock.Builder body = scope.body();
        body.beginControlFlow("if (!this.$N.isEmpty())", g.names().field(lockStep.zip()))
                .add(
                        "// A failure left the inputs of $N out of step: queue, as its node does.\n",
                        lockStep.zip().name());
        g.exits().handOver(exits, parameter, body);
        if (returnsStage) {
            body.addStatement("return $T.stage(null)", RuntimeTypes.COMPLETIONS);
        } else {
            body.addStatement("return");
        }
        body.endControlFlow();
        Pairing pairing = new Pairing(lockStep, parameter, scope);
        for (Edge exit : exits) {
            pairing.handOver(exit);
        }
        if (returnsStage) {
            body.addStatement("return $T.stage(null)", RuntimeTypes.COMPLETIONS);
        }
    }

    /** The values of one source call on their way to the zip, in the source method being written. */
    private final class Pairing {
        private final LockStepZip lockStep;
        private final String parameter;
        private final MethodScope scope;
        private final String[] values;
        private final List<Integer> filled = new ArrayList<>();
        private final String caught;
        /** The statements since the last value, to run under a try; null before the first value. */
        private CodeBlock.Builder since;

        Pairing(LockStepZip lockStep, String parameter, MethodScope scope) {
            this.lockStep = lockStep;
            this.parameter = parameter;
            this.scope = scope;
            this.values = new String[lockStep.inputs()];
            this.caught = scope.newLocal("failure");
        }

        /** Hands the source's value over {@code exit}: to another downstream, or to an input of the zip. */
        void handOver(Edge exit) {
            int input = lockStep.inputReachedBy(exit);
            if (input < 0) {
                (since == null ? scope.body() : since)
                        .addStatement("$L", g.exits().call(exit, parameter));
                return;
            }
            boolean direct = exit.to().equals(lockStep.zip());
            values[input] = since == null ? (direct ? parameter : local(exit.to(), true)) : later(exit.to(), direct);
            since = CodeBlock.builder();
            filled.add(input);
            if (filled.size() == values.length) {
                scope.body().addStatement("$N($L)", g.names().segmentMethod(lockStep.zip()), String.join(", ", values));
                since = null;
            }
        }

        /**
         * A value after the first: what ran since the last value runs under a try that, on a
         * failure, queues the values already there before it rethrows.
         */
        private String later(Stage chainStart, boolean direct) {
            String value = direct ? parameter : local(chainStart, false);
            CodeBlock.Builder attempt = since;
            if (!direct) {
                attempt.addStatement("$N = $N($N)", value, g.names().segmentMethod(chainStart), parameter);
            }
            if (!attempt.isEmpty()) {
                CodeBlock.Builder body = scope.body();
                body.beginControlFlow("try")
                        .add(attempt.build())
                        .nextControlFlow("catch ($T $N)", Throwable.class, caught);
                for (int done : filled) {
                    body.addStatement("this.$N.offer($L, $N)", g.names().field(lockStep.zip()), done, values[done]);
                }
                body.addStatement("throw $N", caught).endControlFlow();
            }
            return value;
        }

        /**
         * A local for the value a chain starting at {@code chainStart} returns, named after the
         * chain's last stage; {@code initialized}: set at once by calling the chain.
         */
        private String local(Stage chainStart, boolean initialized) {
            Segment chain = g.fusion().segmentStartingAt(chainStart);
            String local = scope.newLocal(chain.last().name());
            if (initialized) {
                scope.body()
                        .addStatement(
                                "$T $N = $N($N)",
                                chain.last().outputType(),
                                local,
                                g.names().segmentMethod(chainStart),
                                parameter);
            } else {
                scope.body().addStatement("$T $N", chain.last().outputType(), local);
            }
            return local;
        }
    }
}
