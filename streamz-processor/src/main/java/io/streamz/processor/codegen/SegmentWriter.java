package io.streamz.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.streamz.processor.fuse.Fusion;
import io.streamz.processor.fuse.LockStepZip;
import io.streamz.processor.fuse.Segment;
import io.streamz.processor.model.Edge;
import io.streamz.processor.model.Stage;
import io.streamz.processor.model.StageKind;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the fused code: one private method per {@link Segment}, each stage a few statements on
 * locals named after the stages, a filter an early {@code return}, state in fields named after
 * the stages. A value leaving a segment is handed to the next segments' methods, or offered to
 * a join, in branch order.
 *
 * <p>A segment that reaches a stage on the event loop returns its back-pressure future
 * ({@code CompletableFuture<Void>}, {@code null} when nothing is pending), as the runtime's push
 * protocol does: it ends in such a stage, is called by one's helper, or hands values to a segment
 * that returns one ({@link BackPressure}). Such a segment's early exits return {@code null}.
 */
final class SegmentWriter {
    private final Fusion fusion;
    private final Names names;
    private final LoopStages loopStages;
    private final BackPressure backPressure;
    /** Whether the method being written returns a future: its early exits return null. */
    private boolean writingPending;
    /** Names the stage of a failure in user code, in the method being written. */
    private FailureGuard guard;

    SegmentWriter(Fusion fusion, Names names) {
        this.fusion = fusion;
        this.names = names;
        this.loopStages = new LoopStages(fusion.model(), names);
        this.backPressure = new BackPressure(fusion);
    }

    /** A named value in the generated method: a local or a parameter, and its type. */
    private record Value(String name, TypeName type) {}

    MethodSpec segmentMethod(Segment segment) {
        LockStepZip lockStep = fusion.lockStepZipAround(segment);
        if (lockStep != null && lockStep.zip().equals(segment.first())) {
            return lockStepZipMethod(segment, lockStep);
        }
        NameAllocator locals = Names.locals();
        Stage first = segment.first();
        String parameter = locals.newName(parameterName(first), "input");
        CodeBlock.Builder body = CodeBlock.builder();
        Value value = new Value(parameter, segment.inputType());
        writingPending = backPressure.returnsFuture(segment);
        guard = new FailureGuard(locals);
        for (Stage stage : segment.stages()) {
            value = writeStage(stage, value, body, locals);
        }
        MethodSpec.Builder method = MethodSpec.methodBuilder(names.segmentMethod(first))
                .addModifiers(Modifier.PRIVATE)
                .addParameter(segment.inputType(), parameter);
        if (lockStep != null) {
            // A chain feeding a lock-step zip: the source method pairs what it returns.
            return method.addJavadoc(
                            "Fused: $L; returns the value for zip {@code $N}.\n",
                            segment.describe(),
                            lockStep.zip().name())
                    .returns(value.type())
                    .addCode(body.addStatement("return $N", value.name()).build())
                    .build();
        }
        finish(segment, value, body, locals);
        method.addJavadoc(
                        "Fused: $L.$L\n",
                        segment.describe(),
                        writingPending ? "\n\n@return the work still pending on the element, or {@code null}" : "")
                .addCode(body.build());
        if (writingPending) {
            method.returns(RuntimeTypes.PENDING);
        }
        return method.build();
    }

    /** Hands the segment's value on, or ends a sink's segment with what it leaves pending. */
    private void finish(Segment segment, Value value, CodeBlock.Builder body, NameAllocator locals) {
        if (value != null) {
            writeExits(segment.last(), value, body, locals);
        } else if (writingPending
                && segment.last().kind() == StageKind.SINK
                && !segment.last().isAsyncSink()) {
            body.addStatement("return null");
        }
    }

    /**
     * The segment of a lock-step zip: takes one parameter per input, in {@code from} order, and
     * calls the zip's method on them directly.
     */
    private MethodSpec lockStepZipMethod(Segment segment, LockStepZip lockStep) {
        NameAllocator locals = Names.locals();
        Stage zip = lockStep.zip();
        MethodSpec.Builder method =
                MethodSpec.methodBuilder(names.segmentMethod(zip)).addModifiers(Modifier.PRIVATE);
        CodeBlock.Builder arguments = CodeBlock.builder();
        for (int input = 0; input < lockStep.inputs(); input++) {
            Stage feed = fusion.model().stage(zip.upstreams().get(input));
            String parameter = locals.newName(
                    feed.kind() == StageKind.SOURCE ? feed.parameterNames().get(0) : feed.name(), "input" + input);
            method.addParameter(feed.outputType(), parameter);
            arguments.add(input == 0 ? "$N" : ", $N", parameter);
        }
        CodeBlock.Builder body = CodeBlock.builder();
        writingPending = backPressure.returnsFuture(segment);
        guard = new FailureGuard(locals);
        Value value = guardedLocal(zip, locals, body, CodeBlock.of("$N($L)", zip.name(), arguments.build()));
        for (Stage stage : segment.stages().subList(1, segment.stages().size())) {
            value = writeStage(stage, value, body, locals);
        }
        finish(segment, value, body, locals);
        method.addJavadoc(
                "Fused: $L, called with the values of one call of {@code $N}.$L\n",
                segment.describe(),
                lockStep.source().name(),
                writingPending ? "\n\n@return the work still pending on the element, or {@code null}" : "");
        if (writingPending) {
            method.returns(RuntimeTypes.PENDING);
        }
        return method.addCode(body.build()).build();
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
            TypeName type = fusion.model().stage(zip.upstreams().get(input)).outputType();
            unchecked |= RuntimeTypes.uncheckedCast(type);
            arguments.add(input == 0 ? "" : ", ").add("($T) tuple.get($L)", type, input);
        }
        MethodSpec.Builder method = MethodSpec.methodBuilder(names.tupleCallback(zip))
                .addJavadoc(
                        "Runs {@code $N} on a tuple its queue completed, the members in {@code from} order.\n",
                        zip.name())
                .addModifiers(Modifier.PRIVATE)
                .addParameter(Fusion.TUPLE, "tuple");
        if (backPressure.segmentReturnsFuture(zip)) {
            method.returns(RuntimeTypes.PENDING)
                    .addStatement("return $N($L)", names.segmentMethod(zip), arguments.build());
        } else {
            method.addStatement("$N($L)", names.segmentMethod(zip), arguments.build());
        }
        if (unchecked) {
            method.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                    .addMember("value", "$S", "unchecked")
                    .build());
        }
        return method.build();
    }

    /**
     * The method a loop stage's helper calls when the stage has several downstreams (or a union
     * or join): hands the element to each, in branch order.
     */
    MethodSpec afterMethod(Stage loopStage) {
        NameAllocator locals = Names.locals();
        String parameter = locals.newName(loopStage.name(), "input");
        CodeBlock.Builder body = CodeBlock.builder();
        writingPending = true;
        guard = new FailureGuard(locals);
        writeExits(loopStage, new Value(parameter, loopStage.outputType()), body, locals);
        return MethodSpec.methodBuilder(names.afterMethod(loopStage))
                .addJavadoc("Hands what {@code $N} passes on to its downstreams, from the loop.\n", loopStage.name())
                .addModifiers(Modifier.PRIVATE)
                .returns(RuntimeTypes.PENDING)
                .addParameter(loopStage.outputType(), parameter)
                .addCode(body.build())
                .build();
    }

    /**
     * The body of a {@code @Source} method: hands its parameter to every downstream. In a
     * pipeline on a loop, a call from another thread hops onto the loop first. A source returning
     * {@code CompletionStage<Void>} returns the pending work; a {@code void} one hands its failure
     * to the loop.
     */
    CodeBlock sourceBody(Stage source) {
        CodeBlock.Builder body = CodeBlock.builder();
        NameAllocator locals = Names.locals();
        String parameter = locals.newName(source.parameterNames().get(0), "input");
        guard = new FailureGuard(locals);
        boolean returnsStage = !source.returnType().equals(TypeName.VOID);
        if (fusion.model().usesLoop()) {
            String loop = names.loopField();
            body.beginControlFlow("if (!this.$N.inLoop())", loop);
            if (returnsStage) {
                body.addStatement(
                        "return $T.supplyAsync(() -> $N($N), this.$N).thenCompose(done -> done)",
                        RuntimeTypes.COMPLETABLE_FUTURE,
                        source.name(),
                        parameter,
                        loop);
            } else {
                body.addStatement("this.$N.execute(() -> $N($N))", loop, source.name(), parameter)
                        .addStatement("return");
            }
            body.endControlFlow();
        }
        if (!backPressure.handsToFuture(source)
                || (!returnsStage && !fusion.model().usesLoop())) {
            // nothing pending, or nobody to hand it to: a void source of a pipeline without a loop
            writingPending = false;
            LockStepZip lockStep = fusion.lockStepZipOf(source);
            if (lockStep != null) {
                writeLockStep(lockStep, parameter, returnsStage, body, locals);
                return body.build();
            }
            writeExits(source, new Value(parameter, source.outputType()), body, locals);
            if (returnsStage) {
                body.addStatement("return $T.stage(null)", RuntimeTypes.COMPLETIONS);
            }
            return body.build();
        }
        String pending = handOverPending(fusion.exits(source), parameter, body, locals);
        if (returnsStage) {
            body.addStatement("return $T.stage($L)", RuntimeTypes.COMPLETIONS, pending);
        } else {
            body.addStatement("$T.reportFailure($L, this.$N)", RuntimeTypes.COMPLETIONS, pending, names.loopField());
        }
        return body.build();
    }

    /**
     * The body of a source feeding a lock-step zip: the chains' values go to locals, in branch
     * order with the source's other exits, and the zip's segment is called with them as soon as
     * the last one is there. If a later exit fails, the values already computed go to the zip's
     * queue, as the interpreted zip would hold them; from then on, while the queue holds
     * anything, every call queues as the interpreted zip does.
     */
    private void writeLockStep(
            LockStepZip lockStep,
            String parameter,
            boolean returnsStage,
            CodeBlock.Builder body,
            NameAllocator locals) {
        Stage zip = lockStep.zip();
        String queue = names.field(zip);
        List<Edge> exits = fusion.exits(lockStep.source());
        body.beginControlFlow("if (!this.$N.isEmpty())", queue)
                .add("// A failure left the inputs of $N out of step: queue, as its node does.\n", zip.name());
        handOver(exits, parameter, body);
        if (returnsStage) {
            body.addStatement("return $T.stage(null)", RuntimeTypes.COMPLETIONS);
        } else {
            body.addStatement("return");
        }
        body.endControlFlow();
        String[] values = new String[lockStep.inputs()];
        List<Integer> filled = new ArrayList<>();
        String caught = locals.newName("failure", "lockStepFailure");
        CodeBlock.Builder since = null; // the statements since the first value, to run under a try
        for (Edge exit : exits) {
            int input = lockStep.inputReachedBy(exit);
            if (input < 0) {
                (since == null ? body : since).addStatement("$L", call(exit, parameter));
                continue;
            }
            boolean direct = exit.to().equals(zip);
            if (since == null) {
                values[input] = direct ? parameter : local(exit.to(), parameter, body, locals, true);
                since = CodeBlock.builder();
            } else {
                String value = direct ? parameter : local(exit.to(), parameter, body, locals, false);
                CodeBlock.Builder attempt = since;
                if (!direct) {
                    attempt.addStatement("$N = $N($N)", value, names.segmentMethod(exit.to()), parameter);
                }
                if (!attempt.isEmpty()) {
                    body.beginControlFlow("try")
                            .add(attempt.build())
                            .nextControlFlow("catch ($T $N)", Throwable.class, caught);
                    for (int done : filled) {
                        body.addStatement("this.$N.offer($L, $N)", queue, done, values[done]);
                    }
                    body.addStatement("throw $N", caught).endControlFlow();
                }
                values[input] = value;
                since = CodeBlock.builder();
            }
            filled.add(input);
            if (filled.size() == values.length) {
                body.addStatement("$N($L)", names.segmentMethod(zip), String.join(", ", values));
                since = null;
            }
        }
        if (returnsStage) {
            body.addStatement("return $T.stage(null)", RuntimeTypes.COMPLETIONS);
        }
    }

    /**
     * A local for the value a lock-step zip's chain starting at {@code chainStart} returns,
     * named after the chain's last stage; {@code initialized}: set at once by calling the chain.
     */
    private String local(
            Stage chainStart, String parameter, CodeBlock.Builder body, NameAllocator locals, boolean initialized) {
        Segment chain = fusion.segmentStartingAt(chainStart);
        String local = locals.newName(chain.last().name(), chain.last());
        if (initialized) {
            body.addStatement(
                    "$T $N = $N($N)", chain.last().outputType(), local, names.segmentMethod(chainStart), parameter);
        } else {
            body.addStatement("$T $N", chain.last().outputType(), local);
        }
        return local;
    }

    private String parameterName(Stage first) {
        if (first.kind() == StageKind.UNION || (first.kind().isJoin() && !first.userBody())) {
            return first.name();
        }
        if (first.kind().isJoin()) {
            return "tuple";
        }
        Stage upstream = fusion.model().upstream(first);
        return upstream.kind() == StageKind.SOURCE ? upstream.parameterNames().get(0) : upstream.name();
    }

    /** Writes one stage; returns the value it passes on, or {@code null} for a sink. */
    private Value writeStage(Stage stage, Value in, CodeBlock.Builder body, NameAllocator locals) {
        switch (stage.kind()) {
            case MAP:
                return guardedLocal(stage, locals, body, CodeBlock.of("$N($N)", stage.name(), in.name()));
            case FILTER:
                guard.begin(body);
                returnUnless(body, CodeBlock.of("$N($N)", stage.name(), in.name()));
                guard.end(body, stage);
                return in;
            case ACCUMULATE:
                return new Value(
                        new AccumulateWriter(names, guard).write(stage, in.name(), body, locals), stage.outputType());
            case SINK:
                if (stage.isAsyncSink()) {
                    writeAsyncSink(stage, in, body, locals);
                    return null;
                }
                guard.begin(body);
                if (stage.userBody()) {
                    body.addStatement("$N($N)", stage.name(), in.name());
                } else {
                    body.addStatement("this.$N.accept($N)", names.field(stage), in.name());
                }
                guard.end(body, stage);
                return null;
            case UNIQUE:
                returnUnless(
                        body,
                        CodeBlock.of("this.$N.firstSeen($L)", names.field(stage), keyOf(stage, in, body, locals)));
                return in;
            case SLIDING_WINDOW:
                // A primitive window takes its size again, as a literal: C2 then knows every full
                // window's size and unrolls loops over it.
                CodeBlock addToWindow = StageFields.primitiveWindow(fusion.model(), stage) == null
                        ? CodeBlock.of("this.$N.add($N)", names.field(stage), in.name())
                        : CodeBlock.of(
                                "this.$N.add($N, $L)",
                                names.field(stage),
                                in.name(),
                                stage.options().size());
                return window(stage, addToWindow, body, locals);
            case PARTITION:
                CodeBlock add = stage.options().key() == null
                        ? CodeBlock.of("this.$N.add($N)", names.field(stage), in.name())
                        : CodeBlock.of(
                                "this.$N.add($L, $N)", names.field(stage), keyOf(stage, in, body, locals), in.name());
                return window(stage, add, body, locals);
            case ZIP:
            case COMBINE_LATEST:
            case ZIP_LATEST:
                if (!stage.userBody()) {
                    return in;
                }
                return guardedLocal(stage, locals, body, CodeBlock.of("$N($N)", names.tupleReader(stage), in.name()));
            case FLATTEN:
            case UNION:
                return in;
            case BUFFER:
            case DELAY:
            case RATE_LIMIT:
            case MAP_ASYNC:
                body.addStatement("return this.$N.offer($N)", names.field(stage), in.name());
                return null;
            case TIMED_WINDOW:
                body.addStatement("return this.$N.add($N)", names.field(stage), in.name());
                return null;
            default:
                throw new IllegalArgumentException("a segment cannot hold " + stage.kind());
        }
    }

    /**
     * An asynchronous sink: its stage, from the user's method or the builder's function (a
     * failure thrown names the sink), becomes the segment's pending future through
     * {@code AsyncSinks.pending}, which names the sink on a later failure too.
     */
    private void writeAsyncSink(Stage stage, Value in, CodeBlock.Builder body, NameAllocator locals) {
        String written = locals.newName(stage.name(), stage);
        body.addStatement("$T $N", RuntimeTypes.ANY_STAGE, written);
        guard.begin(body);
        if (stage.userBody()) {
            body.addStatement("$N = $N($N)", written, stage.name(), in.name());
        } else {
            body.addStatement("$N = this.$N.apply($N)", written, names.field(stage), in.name());
        }
        guard.end(body, stage);
        body.addStatement("return $T.pending($S, $N)", RuntimeTypes.ASYNC_SINKS, FailureGuard.label(stage), written);
    }

    private Value local(Stage stage, NameAllocator locals, CodeBlock.Builder body, CodeBlock init) {
        String local = locals.newName(stage.name(), stage);
        body.addStatement("$T $N = $L", stage.outputType(), local, init);
        return new Value(local, stage.outputType());
    }

    /** A local set by a call into user code, which names {@code stage} if it fails. */
    private Value guardedLocal(Stage stage, NameAllocator locals, CodeBlock.Builder body, CodeBlock call) {
        String local = locals.newName(stage.name(), stage);
        body.addStatement("$T $N", stage.outputType(), local);
        guard.begin(body);
        body.addStatement("$N = $L", local, call);
        guard.end(body, stage);
        return new Value(local, stage.outputType());
    }

    private Value window(Stage stage, CodeBlock add, CodeBlock.Builder body, NameAllocator locals) {
        Value window = local(stage, locals, body, add);
        body.beginControlFlow("if ($N == null)", window.name())
                .addStatement(writingPending ? "return null" : "return")
                .endControlFlow();
        return window;
    }

    private void returnUnless(CodeBlock.Builder body, CodeBlock condition) {
        body.beginControlFlow("if (!$L)", condition)
                .addStatement(writingPending ? "return null" : "return")
                .endControlFlow();
    }

    /** The key of {@code in}: the element itself, or a local set by the stage's key method. */
    private CodeBlock keyOf(Stage stage, Value in, CodeBlock.Builder body, NameAllocator locals) {
        String key = stage.options().key();
        if (key == null) {
            return CodeBlock.of("$N", in.name());
        }
        String local = locals.newName(stage.name() + "Key", "key");
        TypeName keyType = stage.options().keyType();
        // Unique keeps an int or long key unboxed, for its primitive history (StageFields.primitiveKey).
        boolean primitive =
                stage.kind() == StageKind.UNIQUE && (TypeName.INT.equals(keyType) || TypeName.LONG.equals(keyType));
        body.addStatement("$T $N", primitive ? keyType : ClassName.OBJECT, local);
        guard.begin(body);
        body.addStatement("$N = $N($N)", local, key, in.name());
        guard.end(body, stage);
        return CodeBlock.of("$N", local);
    }

    private void writeExits(Stage stage, Value value, CodeBlock.Builder body, NameAllocator locals) {
        List<Edge> exits = fusion.exits(stage);
        if (writingPending) {
            writePendingExits(stage, exits, value, body, locals);
            return;
        }
        if (stage.kind() == StageKind.FLATTEN) {
            String element = locals.newName(stage.name(), "element");
            beginFlatten(stage, value, body);
            body.beginControlFlow("for ($T $N : $N)", stage.outputType(), element, value.name());
            handOver(exits, element, body);
            body.endControlFlow();
            guard.end(body, stage);
        } else {
            handOver(exits, value.name(), body);
        }
    }

    /** Exits of a method returning a future: returns what the downstreams left pending. */
    private void writePendingExits(
            Stage stage, List<Edge> exits, Value value, CodeBlock.Builder body, NameAllocator locals) {
        if (stage.kind() == StageKind.FLATTEN) {
            String pending = locals.newName("pending", "pending");
            String element = locals.newName(stage.name(), "element");
            body.addStatement("$T $N = null", RuntimeTypes.PENDING, pending);
            beginFlatten(stage, value, body);
            body.beginControlFlow("for ($T $N : $N)", stage.outputType(), element, value.name());
            for (Edge exit : exits) {
                if (backPressure.returnsFuture(exit.to())) {
                    body.addStatement(
                            "$N = $T.and($N, $L)", pending, RuntimeTypes.COMPLETIONS, pending, call(exit, element));
                } else {
                    body.addStatement("$L", call(exit, element));
                }
            }
            body.endControlFlow();
            guard.end(body, stage);
            body.addStatement("return $N", pending);
            return;
        }
        if (exits.size() == 1 && backPressure.returnsFuture(exits.get(0).to())) {
            body.addStatement("return $L", call(exits.get(0), value.name()));
            return;
        }
        body.addStatement("return $L", handOverPending(exits, value.name(), body, locals));
    }

    /**
     * Opens a flatten's loop as the runtime's node runs it: {@code null} fails with the node's
     * exception, and a failure of the iteration itself names the flatten (one downstream
     * already named its own stage).
     */
    private void beginFlatten(Stage stage, Value iterable, CodeBlock.Builder body) {
        body.beginControlFlow("if ($N == null)", iterable.name())
                .addStatement("throw $T.cannotFlattenNull($S)", RuntimeTypes.FAILURES, FailureGuard.label(stage))
                .endControlFlow();
        guard.begin(body);
    }

    /**
     * Hands {@code value} to each exit in branch order, collecting the futures of those that
     * return one; returns the expression holding what is pending ({@code null} if none can be).
     */
    private String handOverPending(List<Edge> exits, String value, CodeBlock.Builder body, NameAllocator locals) {
        String pending = null;
        for (Edge exit : exits) {
            CodeBlock call = call(exit, value);
            if (!backPressure.returnsFuture(exit.to())) {
                body.addStatement("$L", call);
            } else if (pending == null) {
                pending = locals.newName("pending", "pending");
                body.addStatement("$T $N = $L", RuntimeTypes.PENDING, pending, call);
            } else {
                body.addStatement("$N = $T.and($N, $L)", pending, RuntimeTypes.COMPLETIONS, pending, call);
            }
        }
        return pending == null ? "null" : pending;
    }

    /**
     * The call handing {@code value} over {@code exit}: a segment's method, an offer to a join,
     * or, for the chain of a lock-step zip, an offer of what the chain returns.
     */
    private CodeBlock call(Edge exit, String value) {
        Stage target = exit.to();
        if (target.kind().isJoin()) {
            return CodeBlock.of("this.$N.offer($L, $N)", names.field(target), exit.port(), value);
        }
        Segment segment = fusion.segmentStartingAt(target);
        LockStepZip lockStep = fusion.lockStepZipAround(segment);
        if (lockStep != null) {
            List<Edge> intoZip = fusion.exits(segment.last());
            return CodeBlock.of(
                    "this.$N.offer($L, $N($N))",
                    names.field(lockStep.zip()),
                    intoZip.get(0).port(),
                    names.segmentMethod(target),
                    value);
        }
        return CodeBlock.of("$N($N)", names.segmentMethod(target), value);
    }

    private void handOver(List<Edge> exits, String value, CodeBlock.Builder body) {
        for (Edge exit : exits) {
            body.addStatement("$L", call(exit, value));
        }
    }

    /**
     * The method applying a default join method to a tuple: {@code pairs((String) tuple.get(0), ...)}.
     * Shared by the fused class and the twin.
     */
    static MethodSpec tupleReader(Stage join, Names names) {
        CodeBlock.Builder arguments = CodeBlock.builder();
        boolean unchecked = false;
        for (int i = 0; i < join.parameterTypes().size(); i++) {
            TypeName type = join.parameterTypes().get(i);
            unchecked |= RuntimeTypes.uncheckedCast(type);
            arguments.add(i == 0 ? "" : ", ").add("($T) tuple.get($L)", type, i);
        }
        MethodSpec.Builder method = MethodSpec.methodBuilder(names.tupleReader(join))
                .addJavadoc("Calls {@code $N} with the members of a tuple, in {@code from} order.\n", join.name())
                .addModifiers(Modifier.PRIVATE)
                .returns(join.outputType())
                .addParameter(ParameterizedTypeName.get(RuntimeTypes.LIST, ClassName.OBJECT), "tuple")
                .addStatement("return $N($L)", join.name(), arguments.build());
        if (unchecked) {
            method.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                    .addMember("value", "$S", "unchecked")
                    .build());
        }
        return method.build();
    }
}
