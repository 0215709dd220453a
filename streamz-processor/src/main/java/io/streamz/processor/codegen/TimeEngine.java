package io.streamz.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.streamz.processor.model.Stage;
import io.streamz.processor.model.StageKind;
import io.streamz.processor.model.StageOptions;
import java.util.List;

/**
 * The engine body of delay, rateLimit and timedWindow, per key: the pending elements are
 * {@code Due} records in a {@code QueueState} (rateLimit also keeps its next slot in a
 * {@code LongState}; a window's elements are due at their window's end), released by the
 * runtime's keyed helpers ({@code KeyedDelay}, {@code KeyedRateLimit}, {@code KeyedTimedWindow})
 * when the key's timer fires: the engine calls {@code onTimer}, which hands what is due to the
 * stage's downstreams.
 */
final class TimeEngine {
    private TimeEngine() {}

    static String slotState(Stage stage) {
        return stage.name() + "Slot";
    }

    private static long millis(Stage stage) {
        return stage.options(StageOptions.Interval.class).millis();
    }

    /** What a stage's queue holds: its element, or a window's element. */
    private static TypeName element(Stage stage) {
        return stage.kind() == StageKind.TIMED_WINDOW
                ? HelperFields.elementOf(stage.outputType()).box()
                : stage.outputType().box();
    }

    /** The type whose codec the queue's elements take: derived for the stage's type as declared (a {@code long}, not a {@code Long}). */
    private static TypeName codecType(Stage stage) {
        return stage.kind() == StageKind.TIMED_WINDOW ? HelperFields.elementOf(stage.outputType()) : stage.outputType();
    }

    static List<EngineState> states(EngineBody e, Stage stage, boolean rateLimit) {
        CodeBlock codec = e.facts().codec(codecType(stage));
        String field = e.generation().names().field(stage);
        EngineState queue = new EngineState(
                stage.name(),
                field,
                ParameterizedTypeName.get(
                        RuntimeTypes.QUEUE_STATE, ParameterizedTypeName.get(RuntimeTypes.DUE, element(stage))),
                "queue",
                CodeBlock.of(
                        "$T.queue($S, $S, $L, $L)",
                        RuntimeTypes.STATE_SPEC,
                        stage.name(),
                        stage.name(),
                        e.scope(stage),
                        codec == null ? CodeBlock.of("null") : CodeBlock.of("$T.codec($L)", RuntimeTypes.DUE, codec)));
        if (!rateLimit) {
            return List.of(queue);
        }
        return List.of(
                queue,
                new EngineState(
                        slotState(stage),
                        field + "Slot",
                        RuntimeTypes.LONG_STATE,
                        "longState",
                        CodeBlock.of(
                                "$T.longCell($S, $S, $L)",
                                RuntimeTypes.STATE_SPEC,
                                slotState(stage),
                                stage.name(),
                                e.scope(stage))));
    }

    /** The helper's field type, e.g. {@code KeyedDelay<Order>}. */
    static TypeName helperType(Stage stage, boolean rateLimit) {
        return ParameterizedTypeName.get(helperClass(stage, rateLimit), element(stage));
    }

    private static ClassName helperClass(Stage stage, boolean rateLimit) {
        if (stage.kind() == StageKind.TIMED_WINDOW) {
            return RuntimeTypes.KEYED_TIMED_WINDOW;
        }
        return rateLimit ? RuntimeTypes.KEYED_RATE_LIMIT : RuntimeTypes.KEYED_DELAY;
    }

    /** The helper's creation in the {@code Engine}'s constructor, after the handles. */
    static CodeBlock helper(EngineBody e, Stage stage, boolean rateLimit) {
        String field = e.generation().names().field(stage);
        return rateLimit
                ? CodeBlock.of(
                        "new $T<>(context, this.$N, this.$N, $L, $L)",
                        RuntimeTypes.KEYED_RATE_LIMIT,
                        field + "Slot",
                        field,
                        e.timer(stage),
                        millis(stage))
                : CodeBlock.of(
                        "new $T<>(context, this.$N, $L, $L)",
                        helperClass(stage, false),
                        field,
                        e.timer(stage),
                        millis(stage));
    }

    static Value fuse(EngineBody e, Stage stage, Value in, MethodScope scope, boolean rateLimit) {
        String helper = e.generation().names().member("engine:helper", stage);
        if (rateLimit) {
            scope.body()
                    .addStatement(
                            "this.$N.offer($N, this::$N)",
                            helper,
                            in.name(),
                            e.generation().names().member("engine:after", stage));
        } else {
            scope.body()
                    .addStatement(
                            "this.$N.$N($N)",
                            helper,
                            stage.kind() == StageKind.TIMED_WINDOW ? "add" : "offer",
                            in.name());
        }
        return null;
    }

    static CodeBlock onTimer(EngineBody e, Stage stage) {
        return CodeBlock.of(
                "this.$N.onTimer(nowMillis, this::$N)",
                e.generation().names().member("engine:helper", stage),
                e.generation().names().member("engine:after", stage));
    }

    /** A timed stage's interval, which its timer spec states. */
    static long interval(Stage stage) {
        return stage.kind() == StageKind.TIMED_WINDOW_UNIQUE ? TimedWindowUniqueUnit.millis(stage) : millis(stage);
    }
}
