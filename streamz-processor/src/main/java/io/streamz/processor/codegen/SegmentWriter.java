package io.streamz.processor.codegen;

import com.palantir.javapoet.MethodSpec;
import io.streamz.processor.fuse.LockStepZip;
import io.streamz.processor.fuse.Segment;
import io.streamz.processor.model.Stage;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the fused code: one private method per {@link Segment}, each stage a few statements on
 * locals named after the stages (written by its {@link StageUnit}), a filter an early
 * {@code return}, state in fields named after the stages. A value leaving a segment is handed
 * to the next segments' methods, or offered to a join, in branch order ({@link Exits}).
 *
 * <p>A segment that reaches a stage on the event loop returns its back-pressure future
 * ({@code CompletableFuture<Void>}, {@code null} when nothing is pending), as the runtime's push
 * protocol does: it ends in such a stage, is called by one's helper, or hands values to a segment
 * that returns one ({@link BackPressure}). Such a segment's early exits return {@code null}.
 */
final class SegmentWriter {
    static final String RETURNS_PENDING = "\n\n@return the work still pending on the element, or {@code null}";

    private final Generation g;

    SegmentWriter(Generation g) {
        this.g = g;
    }

    /** The method running {@code segment}. */
    MethodSpec segmentMethod(Segment segment) {
        LockStepZip lockStep = g.fusion().lockStepZipAround(segment);
        if (lockStep != null && lockStep.zip().equals(segment.first())) {
            return g.lockStep().zipMethod(segment, lockStep);
        }
        Stage first = segment.first();
        MethodScope scope = new MethodScope(g, g.backPressure().returnsFuture(segment));
        String parameter = scope.newLocal(Generation.unit(first).segmentParameter(g, first));
        Value value = writeStages(segment.stages(), new Value(parameter, segment.inputType()), scope);
        MethodSpec.Builder method = MethodSpec.methodBuilder(g.names().segmentMethod(first))
                .addModifiers(Modifier.PRIVATE)
                .addParameter(segment.inputType(), parameter);
        if (lockStep != null) {
            // A chain feeding a lock-step zip: the source method pairs what it returns.
            scope.body().addStatement("return $N", value.name());
            return method.addJavadoc(
                            "Fused: $L; returns the value for zip {@code $N}.\n",
                            segment.describe(),
                            lockStep.zip().name())
                    .returns(value.type())
                    .addCode(scope.build())
                    .build();
        }
        finish(segment, value, scope);
        method.addJavadoc("Fused: $L.$L\n", segment.describe(), scope.returnsPending() ? RETURNS_PENDING : "")
                .addCode(scope.build());
        if (scope.returnsPending()) {
            method.returns(RuntimeTypes.PENDING);
        }
        return method.build();
    }

    /** Writes {@code stages} one after the other; returns the value the last passes on, or {@code null}. */
    Value writeStages(List<Stage> stages, Value in, MethodScope scope) {
        Value value = in;
        for (Stage stage : stages) {
            StageUnit unit = Generation.unit(stage);
            unit.countIn(g, stage, scope);
            value = unit.fuse(g, stage, value, scope);
            if (value != null) {
                unit.countOut(g, stage, scope);
            }
        }
        return value;
    }

    /** Hands the segment's value on; a segment that ended in a sink or a loop stage already returned. */
    void finish(Segment segment, Value value, MethodScope scope) {
        if (value != null) {
            g.exits().passOn(segment.last(), value, scope);
        }
    }

    /**
     * The method a loop stage's helper calls when the stage has several downstreams (or a union
     * or join): hands the element to each, in branch order.
     */
    MethodSpec afterMethod(Stage loopStage) {
        MethodScope scope = new MethodScope(g, true);
        String parameter = scope.newLocal(loopStage.name());
        g.exits().passOn(loopStage, new Value(parameter, loopStage.outputType()), scope);
        return MethodSpec.methodBuilder(g.loopStages().afterMethod(loopStage))
                .addJavadoc("Hands what {@code $N} passes on to its downstreams, from the loop.\n", loopStage.name())
                .addModifiers(Modifier.PRIVATE)
                .returns(RuntimeTypes.PENDING)
                .addParameter(loopStage.outputType(), parameter)
                .addCode(scope.build())
                .build();
    }
}
