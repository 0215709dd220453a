package io.streamz.processor.codegen;

import io.streamz.processor.fuse.Fusion;
import io.streamz.processor.model.PipelineModel;
import io.streamz.processor.model.Stage;

/**
 * What every writer of one pipeline's generated code shares: the fused pipeline, its names, which
 * calls return a back-pressure future, and the writers of segments, exits, lock-step zips and
 * loop stages. Created once per pipeline; holds no state of the method being written.
 */
final class Generation {
    private final Fusion fusion;
    private final Output output;
    private final Names names;
    private final BackPressure backPressure;
    private final Exits exits;
    private final SegmentWriter segments;
    private final LockStepWriter lockStep;
    private final LoopStages loopStages;
    private final Meters meters;

    Generation(Fusion fusion, Output output) {
        this.fusion = fusion;
        this.output = output;
        this.names = Names.of(fusion.model());
        this.backPressure = new BackPressure(fusion);
        this.exits = new Exits(this);
        this.segments = new SegmentWriter(this);
        this.lockStep = new LockStepWriter(this);
        this.loopStages = new LoopStages(this);
        this.meters = new Meters(this);
    }

    Fusion fusion() {
        return fusion;
    }

    /** Which optional parts are written. */
    Output output() {
        return output;
    }

    PipelineModel model() {
        return fusion.model();
    }

    Names names() {
        return names;
    }

    BackPressure backPressure() {
        return backPressure;
    }

    Exits exits() {
        return exits;
    }

    SegmentWriter segments() {
        return segments;
    }

    LockStepWriter lockStep() {
        return lockStep;
    }

    LoopStages loopStages() {
        return loopStages;
    }

    /** The metrics statements of a measured pipeline; they write nothing for any other. */
    Meters meters() {
        return meters;
    }

    /** The unit writing {@code stage}'s kind. */
    static StageUnit unit(Stage stage) {
        return StageUnits.of(stage.kind());
    }
}
