package io.streamz.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.streamz.processor.fuse.Fusion;
import io.streamz.processor.fuse.LockStepZip;
import io.streamz.processor.fuse.Segment;
import io.streamz.processor.model.Stage;
import io.streamz.processor.model.StageOptions;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * {@code @Zip}, {@code @CombineLatest} and {@code @ZipLatest}: the join's runtime helper in a
 * field named after the stage, which each input offers its elements to and which calls the
 * join's segment with each tuple. A default join method reads the tuple's members back
 * ({@code pairsOfTuple}); a zip one source feeds in lock step skips the tuple ({@link LockStepWriter}).
 */
final class JoinUnit implements StageUnit {
    private static final String TUPLE_READER = "tuple";

    private final ClassName helper;
    private final boolean zip;

    /**
     * The unit of joins whose runtime helper is {@code helper}; {@code zip}: it pairs elements in
     * order, so one source may feed it in lock step, and an offer waits at its maxsize.
     */
    JoinUnit(ClassName helper, boolean zip) {
        this.helper = helper;
        this.zip = zip;
    }

    @Override
    public boolean offerWaits() {
        return zip;
    }

    /** A zip's inputs over their maxsize wait for a tuple that will not come: they fail with {@code why}. */
    @Override
    public void close(Generation g, Stage stage, CodeBlock.Builder code, String why) {
        if (zip) {
            code.addStatement("this.$N.close($N)", g.names().field(stage), why);
        }
    }

    /** On a loop, an input waiting over the zip's maxsize fails when the loop closes: no tuple will come. */
    @Override
    public void constructOnLoop(Generation g, Stage stage, CodeBlock.Builder code) {
        if (zip) {
            code.addStatement(
                    "this.$N.failWaitsWhenClosed(this.$N)",
                    g.names().field(stage),
                    g.names().loopField());
        }
    }

    @Override
    public void allocateNames(Stage join, Names.Allocation names) {
        if (zip) { // used only if one source feeds it in lock step
            names.field(LockStepWriter.HELD, join, join.name() + "Held");
            for (int k = 0; k < join.upstreams().size() - 1; k++) {
                names.field(LockStepWriter.HELD + k, join, join.name() + "Held" + k);
            }
        }
        if (join.userBody()) {
            names.method(TUPLE_READER, join, join.name() + "OfTuple");
            if (zip) {
                names.method(LockStepWriter.TUPLE_CALLBACK, join, "run" + Names.capitalized(join.name()) + "OfTuple");
            }
        }
    }

    private static List<String> emitOn(Stage join) {
        return join.options() instanceof StageOptions.CombineLatest combine ? combine.emitOn() : List.of();
    }

    @Override
    public List<FieldSpec> fields(Generation g, Stage join) {
        boolean lockStep = g.fusion().lockStepZipAround(g.fusion().segmentStartingAt(join)) != null;
        // A join whose downstream may leave work pending passes it back from offer().
        String creation =
                g.backPressure().segmentReturnsFuture(join) ? "$T.pending($L, this::$N" : "new $T($L, this::$N";
        CodeBlock.Builder init = CodeBlock.builder()
                .add(
                        creation,
                        helper,
                        join.upstreams().size(),
                        lockStep
                                ? g.names().member(LockStepWriter.TUPLE_CALLBACK, join)
                                : g.names().segmentMethod(join));
        for (String emitter : emitOn(join)) {
            init.add(", $L", join.upstreams().indexOf(emitter));
        }
        FieldSpec queue =
                HelperFields.helper(helper, g.names().field(join), init.add(")").build());
        if (!lockStep) {
            return List.of(queue);
        }
        List<FieldSpec> fields = new ArrayList<>(List.of(queue));
        fields.addAll(
                g.lockStep().heldFields(g.fusion().lockStepZipAround(g.fusion().segmentStartingAt(join))));
        return fields;
    }

    @Override
    public String segmentParameter(Generation g, Stage join) {
        return join.userBody() ? "tuple" : join.name();
    }

    /** A join's elements are counted in as they are offered to it ({@link Exits#call}), not per tuple. */
    @Override
    public void countIn(Generation g, Stage join, MethodScope scope) {}

    @Override
    public Value fuse(Generation g, Stage join, Value in, MethodScope scope) {
        if (!join.userBody()) {
            return in;
        }
        return scope.guardedLocal(join, CodeBlock.of("$N($N)", g.names().member(TUPLE_READER, join), in.name()));
    }

    @Override
    public void addSegmentMethods(Generation g, Segment segment, TypeSpec.Builder type) {
        LockStepZip lockStep = g.fusion().lockStepZipAround(segment);
        if (lockStep != null) {
            type.addMethod(g.lockStep().tupleCallback(lockStep));
        } else if (segment.first().userBody()) {
            type.addMethod(tupleReader(g, segment.first()));
        }
    }

    /**
     * The method applying a default join method to a tuple: {@code pairs((String) tuple.get(0), ...)}.
     * Shared by the fused class and the twin.
     */
    private static MethodSpec tupleReader(Generation g, Stage join) {
        CodeBlock.Builder arguments = CodeBlock.builder();
        boolean unchecked = false;
        for (int i = 0; i < join.parameterTypes().size(); i++) {
            TypeName type = join.parameterTypes().get(i);
            unchecked |= RuntimeTypes.uncheckedCast(type);
            arguments.add(i == 0 ? "" : ", ").add(RuntimeTypes.tupleMember(type, "tuple", i));
        }
        MethodSpec.Builder method = MethodSpec.methodBuilder(g.names().member(TUPLE_READER, join))
                .addJavadoc("Calls {@code $N} with the members of a tuple, in {@code from} order.\n", join.name())
                .addModifiers(Modifier.PRIVATE)
                .returns(join.outputType())
                .addParameter(ParameterizedTypeName.get(RuntimeTypes.LIST, ClassName.OBJECT), "tuple")
                .addStatement("return $L($L)", Names.call(join.name()), arguments.build());
        if (unchecked) {
            method.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                    .addMember("value", "$S", "unchecked")
                    .build());
        }
        return method.build();
    }

    @Override
    public List<EngineState> engineStates(EngineBody e, Stage join) {
        return JoinEngine.states(e, join, zip);
    }

    @Override
    public MethodSpec engineOffer(EngineBody e, Stage join) {
        return JoinEngine.offer(e, join, zip, emitOn(join));
    }

    @Override
    public Value engineFuse(EngineBody e, Stage join, Value in, MethodScope scope) {
        return JoinEngine.fuse(e, join, in, scope);
    }

    @Override
    public CodeBlock twinNode(TwinScope twin, Stage join) {
        List<String> from = join.upstreams();
        CodeBlock first = twin.field(twin.generation().model().stage(from.get(0)));
        CodeBlock joined;
        if (!emitOn(join).isEmpty()) {
            CodeBlock.Builder emitOn = CodeBlock.builder();
            for (String emitter : emitOn(join)) {
                emitOn.add(emitOn.isEmpty() ? "" : ", ")
                        .add(twin.field(twin.generation().model().stage(emitter)));
            }
            joined = CodeBlock.of(
                    "$L.combineLatest($T.of($L), $T.of($L))",
                    first,
                    RuntimeTypes.LIST,
                    twin.others(from),
                    RuntimeTypes.LIST,
                    emitOn.build());
        } else {
            joined = CodeBlock.of("$L.$N($L)", first, join.kind().operator(), twin.others(from));
        }
        if (!join.userBody()) {
            twin.elementType(join, Fusion.TUPLE);
            return CodeBlock.of("$L.named($S)", joined, join.name());
        }
        return CodeBlock.of(
                "$L.named($S)\n.map($T.<$T, $T>function($S, this::$N))",
                joined,
                join.name(),
                RuntimeTypes.NAMED,
                Fusion.TUPLE,
                join.outputType().box(),
                join.name(),
                twin.generation().names().member(TUPLE_READER, join));
    }

    @Override
    public void addTwinMethods(TwinScope twin, Stage join, TypeSpec.Builder type) {
        if (join.userBody()) {
            type.addMethod(tupleReader(twin.generation(), join));
        } else {
            StageUnit.super.addTwinMethods(twin, join, type);
        }
    }

    /** The label of the node mapping the join's tuples with its default method. */
    @Override
    public String label(Stage join) {
        return "map: " + join.name();
    }

    /** The join's own node ({@code pair; zip}); the {@code map} running the method follows it in the twin. */
    @Override
    public String dotLabel(Stage join) {
        return join.name() + "; " + join.kind().operator();
    }
}
