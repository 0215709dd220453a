package io.streamz.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.streamz.processor.fuse.Fusion;
import io.streamz.processor.model.PipelineModel;
import io.streamz.processor.model.Stage;
import io.streamz.processor.model.StageKind;
import io.streamz.processor.model.StageOptions;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The fields of the fused class: the state of each stateful stage and the consumer of each
 * abstract sink, named after their stages, in declaration order.
 */
final class StageFields {
    private final Fusion fusion;
    private final PipelineModel model;
    private final Names names;
    private final BackPressure backPressure;

    StageFields(Fusion fusion, Names names, BackPressure backPressure) {
        this.fusion = fusion;
        this.backPressure = backPressure;
        this.model = fusion.model();
        this.names = names;
    }

    List<FieldSpec> fields() {
        List<FieldSpec> fields = new ArrayList<>();
        for (Stage stage : model.stages()) {
            addFields(stage, fields);
        }
        return fields;
    }

    private void addFields(Stage stage, List<FieldSpec> fields) {
        String name = names.field(stage);
        switch (stage.kind()) {
            case SINK:
                if (!stage.userBody()) {
                    fields.add(FieldSpec.builder(
                                    RuntimeTypes.sinkFunctionOf(stage), name, Modifier.PRIVATE, Modifier.FINAL)
                            .build());
                }
                break;
            case ACCUMULATE:
                fields.addAll(accumulateFields(stage));
                break;
            case UNIQUE:
                ClassName history = primitiveKey(stage) ? RuntimeTypes.PRIMITIVE_UNIQUE : RuntimeTypes.UNIQUE;
                fields.add(helper(
                        history,
                        name,
                        CodeBlock.of("new $T($L)", history, stage.options().size())));
                break;
            case SLIDING_WINDOW:
                ClassName primitive = primitiveWindow(model, stage);
                fields.add(
                        primitive != null
                                ? helper(
                                        primitive,
                                        name,
                                        CodeBlock.of(
                                                "new $T($L, $L)",
                                                primitive,
                                                stage.options().size(),
                                                stage.options().returnPartial()))
                                : helper(
                                        windowType(RuntimeTypes.SLIDING_WINDOW, stage),
                                        name,
                                        CodeBlock.of(
                                                "new $T<>($L, $L)",
                                                RuntimeTypes.SLIDING_WINDOW,
                                                stage.options().size(),
                                                stage.options().returnPartial())));
                break;
            case PARTITION:
                fields.add(helper(
                        windowType(RuntimeTypes.PARTITION, stage),
                        name,
                        CodeBlock.of(
                                "new $T<>($L)",
                                RuntimeTypes.PARTITION,
                                stage.options().size())));
                break;
            case ZIP:
            case COMBINE_LATEST:
            case ZIP_LATEST:
                fields.add(helper(joinType(stage.kind()), name, joinInitializer(stage)));
                break;
            default:
                break;
        }
    }

    private List<FieldSpec> accumulateFields(Stage stage) {
        StageOptions options = stage.options();
        FieldSpec.Builder state = FieldSpec.builder(options.stateType(), names.field(stage), Modifier.PRIVATE);
        if (options.start() != null) {
            state.initializer(
                    options.startIsStatic()
                            ? CodeBlock.of("$T.$N()", model.pipeline(), options.start())
                            : CodeBlock.of("$N()", options.start()));
            return List.of(state.build());
        }
        return List.of(
                state.build(),
                FieldSpec.builder(TypeName.BOOLEAN, names.startedFlag(stage), Modifier.PRIVATE)
                        .build());
    }

    private static FieldSpec helper(TypeName type, String name, CodeBlock initializer) {
        return FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.FINAL)
                .initializer(initializer)
                .build();
    }

    /**
     * The primitive ring for a sliding window over {@code int}, {@code long} or {@code double}, or
     * {@code null} for the generic buffer. Only when the upstream surely hands over an unboxed value
     * of that type (a source, map or accumulate declaring it): a boxed one could be {@code null},
     * which the generic buffer keeps as the runtime does.
     */
    static ClassName primitiveWindow(PipelineModel model, Stage window) {
        TypeName element = window.inputType();
        Stage upstream = model.upstream(window);
        boolean unboxed = upstream.kind() == StageKind.SOURCE
                || upstream.kind() == StageKind.MAP
                || upstream.kind() == StageKind.ACCUMULATE;
        if (!unboxed || !element.equals(upstream.outputType())) {
            return null;
        }
        if (element.equals(TypeName.INT)) {
            return RuntimeTypes.INT_SLIDING_WINDOW;
        }
        if (element.equals(TypeName.LONG)) {
            return RuntimeTypes.LONG_SLIDING_WINDOW;
        }
        return element.equals(TypeName.DOUBLE) ? RuntimeTypes.DOUBLE_SLIDING_WINDOW : null;
    }

    /**
     * Whether a unique stage's keys are unboxed {@code int}s or {@code long}s, kept in the
     * primitive history: its key method returns one, or without a key method the element comes
     * unboxed from a source, map or accumulate declaring one (through filters and uniques, which
     * pass it on as it is). A boxed element could be {@code null}, which only the boxed history keeps.
     */
    boolean primitiveKey(Stage unique) {
        TypeName key = unique.options().keyType();
        if (unique.options().key() == null) {
            Stage producer = model.upstream(unique);
            while (producer.kind() == StageKind.FILTER || producer.kind() == StageKind.UNIQUE) {
                producer = model.upstream(producer);
            }
            boolean unboxed = producer.kind() == StageKind.SOURCE
                    || producer.kind() == StageKind.MAP
                    || producer.kind() == StageKind.ACCUMULATE;
            key = unboxed ? producer.outputType() : null;
        }
        return TypeName.INT.equals(key) || TypeName.LONG.equals(key);
    }

    /** {@code SlidingWindowBuffer<Integer>} for a stage returning {@code List<Integer>}. */
    static TypeName windowType(ClassName helper, Stage stage) {
        return ParameterizedTypeName.get(helper, elementOf(stage.outputType()));
    }

    /** The element type of a {@code List<E>}. */
    static TypeName elementOf(TypeName list) {
        return ((ParameterizedTypeName) list).typeArguments().get(0);
    }

    static ClassName joinType(StageKind kind) {
        switch (kind) {
            case ZIP:
                return RuntimeTypes.ZIP_JOIN;
            case COMBINE_LATEST:
                return RuntimeTypes.COMBINE_LATEST_JOIN;
            default:
                return RuntimeTypes.ZIP_LATEST_JOIN;
        }
    }

    private CodeBlock joinInitializer(Stage join) {
        boolean lockStep = fusion.lockStepZipAround(fusion.segmentStartingAt(join)) != null;
        // A join whose downstream may leave work pending passes it back from offer().
        String creation = backPressure.segmentReturnsFuture(join) ? "$T.pending($L, this::$N" : "new $T($L, this::$N";
        CodeBlock.Builder init = CodeBlock.builder()
                .add(
                        creation,
                        joinType(join.kind()),
                        join.upstreams().size(),
                        lockStep ? names.tupleCallback(join) : names.segmentMethod(join));
        for (String emitter : join.options().emitOn()) {
            init.add(", $L", join.upstreams().indexOf(emitter));
        }
        return init.add(")").build();
    }
}
