package io.streamz.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
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
     * The members of the zip's unit holding, while a call of the source pairs in locals, how many
     * of its values it has ({@code HELD}) and those values ({@code HELD + k}, in the order they
     * came): a call re-entering the source meanwhile (a stage emitting into it) queues them first,
     * as the interpreted zip holds them, and the outer call then goes on through the queue.
     */
    static final String HELD = "held";

    /** The fields of {@link #HELD}: a count, and one field per value but the last, typed as it. */
    List<FieldSpec> heldFields(LockStepZip lockStep) {
        List<FieldSpec> fields = new ArrayList<>();
        if (publishedValues(lockStep) == 0) {
            return fields; // no user code runs while values are held: nothing can re-enter meanwhile
        }
        fields.add(FieldSpec.builder(TypeName.INT, held(lockStep), Modifier.PRIVATE)
                .addJavadoc(
                        "How many values of one call of {@code $N} are paired in locals, for a call re-entering it.\n",
                        lockStep.source().name())
                .build());
        List<Integer> order = fillOrder(lockStep);
        for (int k = 0; k < publishedValues(lockStep); k++) {
            fields.add(FieldSpec.builder(inputType(lockStep, order.get(k)), held(lockStep, k), Modifier.PRIVATE)
                    .build());
        }
        return fields;
    }

    /**
     * How many values a call of the source may hold while user code runs: those filled before the
     * last value that has user code running between it and the previous one (a chain, or another
     * exit); as {@link Pairing} publishes them.
     */
    private int publishedValues(LockStepZip lockStep) {
        int filled = 0;
        int published = 0;
        boolean userCodeSince = false;
        for (Edge exit : g.exits().of(lockStep.source())) {
            if (lockStep.inputReachedBy(exit) < 0) {
                userCodeSince = true;
                continue;
            }
            boolean direct = exit.to().equals(lockStep.zip());
            if (filled > 0 && filled < lockStep.inputs() && (userCodeSince || !direct)) {
                published = filled;
            }
            filled++;
            userCodeSince = false;
        }
        return published;
    }

    /** The zip's inputs in the order one call of the source fills them: its exits' order. */
    private List<Integer> fillOrder(LockStepZip lockStep) {
        List<Integer> order = new ArrayList<>();
        for (Edge exit : g.exits().of(lockStep.source())) {
            int input = lockStep.inputReachedBy(exit);
            if (input >= 0) {
                order.add(input);
            }
        }
        return order;
    }

    private TypeName inputType(LockStepZip lockStep, int input) {
        return g.model().stage(lockStep.zip().upstreams().get(input)).outputType();
    }

    private String held(LockStepZip lockStep) {
        return g.names().member(HELD, lockStep.zip());
    }

    private String held(LockStepZip lockStep, int k) {
        return g.names().member(HELD + k, lockStep.zip());
    }

    /**
     * Ends holding: the count goes back to 0 and the first {@code published} value fields to
     * their type's zero. Clearing the fields keeps no element reachable after its call, and lets
     * the JIT drop the value's store on the path where nothing re-entered (a store followed by
     * another to the same field, with no read between, is dead): without it the fused
     * lock-step zip ran 1.5x slower (ZipBench.fused).
     */
    private void release(LockStepZip lockStep, int published, CodeBlock.Builder body) {
        body.addStatement("this.$N = 0", held(lockStep));
        List<Integer> order = fillOrder(lockStep);
        for (int k = 0; k < published; k++) {
            body.addStatement("this.$N = $L", held(lockStep, k), zero(inputType(lockStep, order.get(k))));
        }
    }

    /** The default value of a field of {@code type}, as a literal assignable to it. */
    private static String zero(TypeName type) {
        if (!type.isPrimitive()) {
            return "null";
        }
        if (type.equals(TypeName.BOOLEAN)) {
            return "false";
        }
        if (type.equals(TypeName.LONG)) {
            return "0L";
        }
        if (type.equals(TypeName.FLOAT)) {
            return "0.0f";
        }
        if (type.equals(TypeName.DOUBLE)) {
            return "0.0";
        }
        return type.equals(TypeName.CHAR) ? "'\\0'" : "0";
    }

    /**
     * The segment of a lock-step zip: takes one parameter per input, in {@code from} order, and
     * calls the zip's method on them directly.
     */
    MethodSpec zipMethod(Segment segment, LockStepZip lockStep) {
        Stage zip = lockStep.zip();
        MethodScope scope = new MethodScope(g, g.backPressure().returnsFuture(segment));
        MethodSpec.Builder method =
                MethodSpec.methodBuilder(g.names().segmentMethod(zip)).addModifiers(Modifier.PRIVATE);
        CodeBlock.Builder arguments = CodeBlock.builder();
        for (int input = 0; input < lockStep.inputs(); input++) {
            Stage feed = g.model().stage(zip.upstreams().get(input));
            String parameter = scope.newLocal(Generation.unit(feed).valueName(feed));
            method.addParameter(feed.outputType(), parameter);
            arguments.add(input == 0 ? "$N" : ", $N", parameter);
        }
        for (int input = 0; input < lockStep.inputs(); input++) {
            g.meters().countIn(zip, scope); // one element of each input, paired in lock step
        }
        Value value = scope.guardedLocal(zip, CodeBlock.of("$L($L)", Names.call(zip.name()), arguments.build()));
        g.meters().countOut(zip, scope);
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
            arguments.add(input == 0 ? "" : ", ").add(RuntimeTypes.tupleMember(type, "tuple", input));
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
        String zip = g.names().field(lockStep.zip());
        List<Integer> order = fillOrder(lockStep);
        int published = publishedValues(lockStep);
        if (published > 0) {
            body.beginControlFlow("if (this.$N != 0)", held(lockStep))
                    .add("// Re-entered while a call pairs in locals: its values go first, as the node holds them.\n")
                    .addStatement("this.$N.offer($L, this.$N)", zip, order.get(0), held(lockStep, 0));
            for (int k = 1; k < published; k++) {
                body.beginControlFlow("if (this.$N > $L)", held(lockStep), k)
                        .addStatement("this.$N.offer($L, this.$N)", zip, order.get(k), held(lockStep, k))
                        .endControlFlow();
            }
            release(lockStep, published, body);
            body.endControlFlow();
        }
        body.beginControlFlow("if (!this.$N.isEmpty())", zip)
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
        Pairing pairing = new Pairing(lockStep, parameter, returnsStage, scope);
        for (int i = 0; i < exits.size(); i++) {
            pairing.handOver(exits, i);
        }
        if (returnsStage) {
            body.addStatement("return $T.stage(null)", RuntimeTypes.COMPLETIONS);
        }
    }

    /** The values of one source call on their way to the zip, in the source method being written. */
    private final class Pairing {
        private final LockStepZip lockStep;
        private final String parameter;
        private final boolean returnsStage;
        private final MethodScope scope;
        private final String[] values;
        private final List<Integer> filled = new ArrayList<>();
        /** How many of {@link #filled} the generated code has published for a re-entering call so far. */
        private int published;

        private final String caught;
        /** The statements since the last value, to run under a try; null before the first value. */
        private CodeBlock.Builder since;

        Pairing(LockStepZip lockStep, String parameter, boolean returnsStage, MethodScope scope) {
            this.lockStep = lockStep;
            this.parameter = parameter;
            this.returnsStage = returnsStage;
            this.scope = scope;
            this.values = new String[lockStep.inputs()];
            this.caught = scope.newLocal("failure");
        }

        /** Hands the source's value over exit {@code i}: to another downstream, or to an input of the zip. */
        void handOver(List<Edge> exits, int i) {
            Edge exit = exits.get(i);
            int input = lockStep.inputReachedBy(exit);
            if (input < 0) {
                (since == null ? scope.body() : since)
                        .addStatement("$L", g.exits().call(exit, parameter));
                return;
            }
            boolean direct = exit.to().equals(lockStep.zip());
            boolean ranUserCode = since != null && (!direct || !since.isEmpty());
            values[input] = since == null ? (direct ? parameter : local(exit.to(), true)) : later(exit.to(), direct);
            if (ranUserCode) {
                continueThroughQueueIfReentered(exits, i, input);
            }
            since = CodeBlock.builder();
            filled.add(input);
            if (filled.size() == values.length) {
                if (published > 0) {
                    release(lockStep, published, scope.body());
                }
                scope.body().addStatement("$N($L)", g.names().segmentMethod(lockStep.zip()), String.join(", ", values));
                since = null;
            }
        }

        /**
         * Before user code runs while values are held in locals: the values not yet published go
         * to their fields, and the count says how many there are, for a call re-entering the source.
         */
        private void publish() {
            CodeBlock.Builder body = scope.body();
            for (int k = published; k < filled.size(); k++) {
                body.addStatement("this.$N = $N", held(lockStep, k), values[filled.get(k)]);
            }
            if (published < filled.size()) {
                body.addStatement("this.$N = $L", held(lockStep), filled.size());
            }
            published = filled.size();
        }

        /**
         * After a section that ran user code: if a call re-entering the source queued this call's
         * values ({@link #HELD} is back to 0), this call goes on as the queue does, from exit
         * {@code i} on, whose value is already computed.
         */
        private void continueThroughQueueIfReentered(List<Edge> exits, int i, int input) {
            CodeBlock.Builder body = scope.body();
            body.beginControlFlow("if (this.$N == 0)", held(lockStep))
                    .add(
                            "// A call re-entering $N queued the values before this one: go on as the queue does.\n",
                            lockStep.source().name())
                    .addStatement("this.$N.offer($L, $N)", g.names().field(lockStep.zip()), input, values[input]);
            g.exits().handOver(exits.subList(i + 1, exits.size()), parameter, body);
            body.addStatement(
                    returnsStage
                            ? CodeBlock.of("return $T.stage(null)", RuntimeTypes.COMPLETIONS)
                            : CodeBlock.of("return"));
            body.endControlFlow();
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
                publish();
                CodeBlock.Builder body = scope.body();
                body.beginControlFlow("try")
                        .add(attempt.build())
                        .nextControlFlow("catch ($T $N)", Throwable.class, caught)
                        .beginControlFlow("if (this.$N != 0)", held(lockStep)); // else a re-entering call queued them
                release(lockStep, published, body);
                for (int done : filled) {
                    body.addStatement("this.$N.offer($L, $N)", g.names().field(lockStep.zip()), done, values[done]);
                }
                body.endControlFlow().addStatement("throw $N", caught).endControlFlow();
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
