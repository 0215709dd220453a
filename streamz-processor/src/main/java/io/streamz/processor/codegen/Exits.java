package io.streamz.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import io.streamz.processor.fuse.LockStepZip;
import io.streamz.processor.fuse.Segment;
import io.streamz.processor.model.Edge;
import io.streamz.processor.model.Stage;
import java.util.List;

/**
 * Where a value leaving a stage goes: the next segments' methods, an offer to a join, or the
 * reset of an accumulate, in branch order. In a method returning a back-pressure future, what the downstreams leave pending
 * is collected and returned.
 */
final class Exits {
    private final Generation g;

    Exits(Generation g) {
        this.g = g;
    }

    /** The edges leaving {@code stage}, in branch order. */
    List<Edge> of(Stage stage) {
        return g.fusion().exits(stage);
    }

    /** Hands what {@code stage} emits on, as its unit does it (a flatten loops over it first). */
    void passOn(Stage stage, Value value, MethodScope scope) {
        Generation.unit(stage).passOn(g, stage, value, scope);
    }

    /** Hands {@code value} to each exit of {@code stage}, returning what is pending if the method does. */
    void handOver(Stage stage, Value value, MethodScope scope) {
        List<Edge> exits = of(stage);
        if (!scope.returnsPending()) {
            handOver(exits, value.name(), scope.body());
        } else if (exits.size() == 1 && returnsFuture(exits.get(0))) {
            scope.body().addStatement("return $L", call(exits.get(0), value.name()));
        } else {
            scope.body().addStatement("return $L", handOverPending(exits, value.name(), scope));
        }
    }

    /** Hands {@code value} to each exit in branch order, ignoring what they leave pending. */
    void handOver(List<Edge> exits, String value, CodeBlock.Builder body) {
        for (Edge exit : exits) {
            body.addStatement("$L", call(exit, value));
        }
    }

    /**
     * Hands {@code value} to each exit in branch order, collecting the futures of those that
     * return one; returns the expression holding what is pending ({@code null} if none can be).
     */
    String handOverPending(List<Edge> exits, String value, MethodScope scope) {
        String pending = null;
        for (Edge exit : exits) {
            CodeBlock call = call(exit, value);
            if (!returnsFuture(exit)) {
                scope.body().addStatement("$L", call);
            } else if (pending == null) {
                pending = scope.newLocal("pending");
                scope.body().addStatement("$T $N = $L", RuntimeTypes.PENDING, pending, call);
            } else {
                scope.body().addStatement("$N = $T.and($N, $L)", pending, RuntimeTypes.COMPLETIONS, pending, call);
            }
        }
        return pending == null ? "null" : pending;
    }

    /** Whether handing a value over {@code exit} returns a back-pressure future. */
    boolean returnsFuture(Edge exit) {
        return !exit.reset() && g.backPressure().returnsFuture(exit.to());
    }

    /**
     * The call handing {@code value} over {@code exit}: a segment's method, an offer to a join,
     * for the chain of a lock-step zip, an offer of what the chain returns, or the reset of the
     * accumulate {@code exit} resets (which takes no value).
     */
    CodeBlock call(Edge exit, String value) {
        Stage target = exit.to();
        if (exit.reset()) {
            return Generation.unit(target).reset(g, target);
        }
        Names names = g.names();
        if (target.kind().isJoin()) {
            return CodeBlock.of(
                    "this.$N.offer($L, $L)",
                    names.field(target),
                    exit.port(),
                    g.meters().countedInto(target, value));
        }
        Segment segment = g.fusion().segmentStartingAt(target);
        LockStepZip lockStep = g.fusion().lockStepZipAround(segment);
        if (lockStep != null) {
            List<Edge> intoZip = of(segment.last());
            return CodeBlock.of(
                    "this.$N.offer($L, $N($N))",
                    names.field(lockStep.zip()),
                    intoZip.get(0).port(),
                    names.segmentMethod(target),
                    value);
        }
        return CodeBlock.of("$N($N)", names.segmentMethod(target), value);
    }
}
