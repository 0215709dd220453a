package io.streamz.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.streamz.processor.fuse.Segment;
import io.streamz.processor.model.Stage;
import java.util.List;

/**
 * Everything one family of stage kinds contributes to the generated code: its names, its fields
 * and constructor statements, its statements in a fused method, how it hands values on, its
 * runtime helper on the event loop, its node in the interpreted twin, its builder setters and
 * the label naming it in failures. {@link StageUnits} maps every kind to its unit; the writers
 * call units and never ask a stage for its kind.
 */
interface StageUnit {
    /** Allocates the members {@code stage} needs besides its segment method and field. */
    default void allocateNames(Stage stage, Names.Allocation names) {}

    /** The fields of the fused class holding {@code stage}'s state or consumer. */
    default List<FieldSpec> fields(Generation g, Stage stage) {
        return List.of();
    }

    /** Statements of the fused class's constructor, before the event loop is taken. */
    default void construct(Generation g, Stage stage, CodeBlock.Builder code) {}

    /** Statements of the fused class's constructor once the event loop is taken; pipelines on a loop only. */
    default void constructOnLoop(Generation g, Stage stage, CodeBlock.Builder code) {}

    /** The runtime helper that hands {@code stage}'s elements on from the event loop, or {@code null}. */
    default LoopHelper loopHelper(Generation g, Stage stage) {
        return null;
    }

    /** The fused class's implementation of the stage's own method, if the interface leaves it abstract. */
    default void addMethods(Generation g, Stage stage, TypeSpec.Builder type) {
        if (!stage.userBody()) {
            type.addMethod(StageMethods.abstractStage(g, stage, false));
        }
    }

    /** Methods of the fused class that go right after the method of a segment {@code first} starts. */
    default void addSegmentMethods(Generation g, Segment segment, TypeSpec.Builder type) {}

    /** The name of the parameter of the segment method {@code first} starts: after what it receives. */
    default String segmentParameter(Generation g, Stage first) {
        Stage upstream = g.model().upstream(first);
        return Generation.unit(upstream).valueName(upstream);
    }

    /** The name a value {@code stage} emits goes by when it arrives in a segment method. */
    default String valueName(Stage stage) {
        return stage.name();
    }

    /**
     * Whether what {@code stage} emits is surely an unboxed value of its declared output type
     * (a source, map or accumulate declaring a primitive), never a {@code null}: primitive
     * windows and histories downstream rely on it.
     */
    default boolean emitsUnboxed(Stage stage) {
        return false;
    }

    /**
     * Whether offering an element to the stage's runtime helper may return a future to wait for
     * (a zip at its maxsize), which a caller observing back pressure passes on.
     */
    default boolean offerWaits() {
        return false;
    }

    /** Whether {@code stage} passes the very value it received on, in the same fused method (filter, unique). */
    default boolean forwardsInPlace(Stage stage) {
        return false;
    }

    /**
     * Writes {@code stage} into a fused method, on {@code in}.
     *
     * @return the value it passes on, or {@code null} when it ended the method
     */
    Value fuse(Generation g, Stage stage, Value in, MethodScope scope);

    /** In a measured pipeline, counts the element {@code stage} receives in a fused method (a join counts its offers). */
    default void countIn(Generation g, Stage stage, MethodScope scope) {
        g.meters().countIn(stage, scope);
    }

    /** In a measured pipeline, counts the value {@code stage} passes on in a fused method (a flatten counts each member). */
    default void countOut(Generation g, Stage stage, MethodScope scope) {
        g.meters().countOut(stage, scope);
    }

    /** Whether the stage records the latency of the elements reaching it (sinks), in a measured pipeline. */
    default boolean recordsLatency() {
        return false;
    }

    /** The method of the stage's runtime helper telling what it holds, or {@code null} if it holds nothing measured. */
    default String depthMethod() {
        return null;
    }

    /** Hands what {@code stage} emits to its downstreams, at the end of a fused method. */
    default void passOn(Generation g, Stage stage, Value value, MethodScope scope) {
        g.exits().handOver(stage, value, scope);
    }

    /**
     * The statement resetting {@code stage} when the stage named by its {@code resetBy} emits
     * (an accumulate's state back to its start); no kind but accumulate is ever reset.
     */
    default CodeBlock reset(Generation g, Stage stage) {
        throw new IllegalStateException(stage.label() + " cannot be reset; validation should have refused it");
    }

    /** The body implementing the stage's abstract method; by default the pipeline alone drives it. */
    default CodeBlock abstractBody(Generation g, Stage stage, boolean inTwin) {
        return StageMethods.drivenByPipeline(g, stage);
    }

    /**
     * Members of the twin that go before {@code stage}'s node (a sink's consumer), set in
     * {@code wiring}, the constructor or the method wiring the stage's node.
     */
    default void addTwinMembers(TwinScope twin, Stage stage, TypeSpec.Builder type, MethodSpec.Builder wiring) {}

    /**
     * Whether the twin keeps {@code stage}'s node in a field, for the nodes created on it: every
     * node but a sink's, which nothing is created on and {@code GlobalSinks} keeps alive (unless
     * its failures are routed: the route is set on the field).
     */
    default boolean twinHoldsNode() {
        return true;
    }

    /** The expression creating {@code stage}'s node in the twin, on its upstream's node. */
    CodeBlock twinNode(TwinScope twin, Stage stage);

    /** The twin's methods for {@code stage}: the implementation of its abstract method. */
    default void addTwinMethods(TwinScope twin, Stage stage, TypeSpec.Builder type) {
        if (!stage.userBody()) {
            type.addMethod(StageMethods.abstractStage(twin.generation(), stage, true));
        }
    }

    /**
     * Statements of the fused class's {@code close()}, on the loop thread, letting go of what
     * {@code stage}'s helper holds: stop its timers, fail the futures it holds with the exception
     * in local {@code why}. Nothing by default.
     */
    default void close(Generation g, Stage stage, CodeBlock.Builder code, String why) {}

    /** The builder's fields and setters for {@code stage}. */
    default void addToBuilder(Generation g, Stage stage, TypeSpec.Builder builder, ClassName builderClass) {}

    /**
     * The label of the twin's node that runs {@code stage}'s user code: by default the node is
     * {@code named} after the stage, as {@code name; operator}.
     */
    default String label(Stage stage) {
        return stage.name() + "; " + stage.kind().operator();
    }

    /** The state {@code stage} keeps per key in the {@code Engine} body, each behind a handle. */
    default List<EngineState> engineStates(EngineBody e, Stage stage) {
        return List.of();
    }

    /**
     * Writes {@code stage} into a segment method of the {@code Engine} body, on {@code in}; its
     * state goes through the handles of {@link #engineStates}, for the current key.
     *
     * @return the value it passes on, or {@code null} when it ended the method
     */
    default Value engineFuse(EngineBody e, Stage stage, Value in, MethodScope scope) {
        throw new IllegalStateException(stage.label() + " has no engine body; validation should have refused it");
    }

    /**
     * The runtime helper of a time stage in the {@code Engine} (its type and its creation from
     * the handles), or {@code null}; such a stage has a per-key timer and an {@code after} method.
     */
    default EngineState engineHelper(EngineBody e, Stage stage) {
        return null;
    }

    /** The {@code onTimer} statement of a stage with an {@link #engineHelper}: its due elements go on. */
    default CodeBlock engineOnTimer(EngineBody e, Stage stage) {
        throw new IllegalStateException(stage.label() + " has no timer");
    }

    /** The {@code Engine}'s method its inputs offer their elements to (a join), or {@code null}. */
    default MethodSpec engineOffer(EngineBody e, Stage stage) {
        return null;
    }

    /** Hands what {@code stage} emits to its downstreams, at the end of a segment of the {@code Engine} body. */
    default void enginePassOn(EngineBody e, Stage stage, Value value, MethodScope scope) {
        e.handOver(stage, value, scope);
    }

    /**
     * The label of {@code stage}'s node in the pipeline's DOT graph: what the runtime's
     * {@code toDot} labels the twin's node standing for the stage ({@code name; operator: detail}
     * for a node named after it, {@code operator: name} for one running the stage's function).
     */
    default String dotLabel(Stage stage) {
        return label(stage);
    }

    /**
     * A loop stage's runtime helper.
     *
     * @param type the helper field's type
     * @param creation the expression creating it in the constructor
     * @param started whether the constructor starts it on the loop (a timed window's clock)
     */
    record LoopHelper(TypeName type, CodeBlock creation, boolean started) {}
}
