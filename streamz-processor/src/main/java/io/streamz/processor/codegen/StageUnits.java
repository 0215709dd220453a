package io.streamz.processor.codegen;

import io.streamz.processor.model.StageKind;

/** Which unit writes each stage kind: the one switch on kinds in codegen. */
final class StageUnits {
    private static final StageUnit SOURCE = new SourceUnit();
    private static final StageUnit MAP = new MapFilterUnit(false);
    private static final StageUnit FILTER = new MapFilterUnit(true);
    private static final StageUnit ACCUMULATE = new AccumulateUnit();
    private static final StageUnit SINK = new SinkUnit();
    private static final StageUnit FLATTEN = new FlattenUnit();
    private static final StageUnit SLIDING_WINDOW = new SlidingWindowUnit();
    private static final StageUnit PARTITION = new PartitionUnit();
    private static final StageUnit UNIQUE = new UniqueUnit();
    private static final StageUnit SLICE = new SliceUnit();
    private static final StageUnit PARTITION_UNIQUE = new PartitionUniqueUnit();
    private static final StageUnit FREQUENCIES = new FrequenciesUnit();
    private static final StageUnit UNION = new UnionUnit();
    private static final StageUnit ZIP = new JoinUnit(RuntimeTypes.ZIP_JOIN, true);
    private static final StageUnit COMBINE_LATEST = new JoinUnit(RuntimeTypes.COMBINE_LATEST_JOIN, false);
    private static final StageUnit ZIP_LATEST = new JoinUnit(RuntimeTypes.ZIP_LATEST_JOIN, false);
    private static final StageUnit BUFFER = new BufferUnit();
    private static final StageUnit LATEST = new LatestUnit();
    private static final StageUnit DELAY = new TimeStageUnit(RuntimeTypes.DELAY_LINE);
    private static final StageUnit RATE_LIMIT = new TimeStageUnit(RuntimeTypes.RATE_LIMITER);
    private static final StageUnit TIMED_WINDOW = new TimedWindowUnit();
    private static final StageUnit TIMED_WINDOW_UNIQUE = new TimedWindowUniqueUnit();
    private static final StageUnit MAP_ASYNC = new MapAsyncUnit();
    private static final StageUnit KEY_BY = new KeyByUnit();

    private StageUnits() {}

    static StageUnit of(StageKind kind) {
        return switch (kind) {
            case SOURCE -> SOURCE;
            case MAP -> MAP;
            case FILTER -> FILTER;
            case ACCUMULATE -> ACCUMULATE;
            case SINK -> SINK;
            case FLATTEN -> FLATTEN;
            case SLIDING_WINDOW -> SLIDING_WINDOW;
            case PARTITION -> PARTITION;
            case UNIQUE -> UNIQUE;
            case SLICE -> SLICE;
            case PARTITION_UNIQUE -> PARTITION_UNIQUE;
            case FREQUENCIES -> FREQUENCIES;
            case UNION -> UNION;
            case ZIP -> ZIP;
            case COMBINE_LATEST -> COMBINE_LATEST;
            case ZIP_LATEST -> ZIP_LATEST;
            case BUFFER -> BUFFER;
            case LATEST -> LATEST;
            case DELAY -> DELAY;
            case RATE_LIMIT -> RATE_LIMIT;
            case TIMED_WINDOW -> TIMED_WINDOW;
            case TIMED_WINDOW_UNIQUE -> TIMED_WINDOW_UNIQUE;
            case MAP_ASYNC -> MAP_ASYNC;
            case KEY_BY -> KEY_BY;
        };
    }
}
