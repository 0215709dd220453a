package io.streamz.processor.model;

/** The kinds of stage a {@code @Pipeline} method can declare, one per stage annotation. */
public enum StageKind {
    SOURCE("Source", "source", "doubleoctagon"),
    MAP("Map", "map", "ellipse"),
    FILTER("Filter", "filter", "ellipse"),
    ACCUMULATE("Accumulate", "accumulate", "box"),
    SINK("Sink", "sink", "trapezium"),
    FLATTEN("Flatten", "flatten", "ellipse"),
    PARTITION("Partition", "partition", "diamond"),
    SLIDING_WINDOW("SlidingWindow", "slidingWindow", "diamond"),
    UNIQUE("Unique", "unique", "ellipse"),
    UNION("Union", "union", "ellipse"),
    ZIP("Zip", "zip", "triangle"),
    COMBINE_LATEST("CombineLatest", "combineLatest", "triangle"),
    ZIP_LATEST("ZipLatest", "zipLatest", "ellipse"),
    BUFFER("Buffer", "buffer", "diamond"),
    DELAY("Delay", "delay", "octagon"),
    RATE_LIMIT("RateLimit", "rateLimit", "octagon"),
    TIMED_WINDOW("TimedWindow", "timedWindow", "octagon"),
    MAP_ASYNC("MapAsync", "mapAsync", "ellipse");

    private final String annotation;
    private final String operator;
    private final String shape;

    StageKind(String annotation, String operator, String shape) {
        this.annotation = annotation;
        this.operator = operator;
        this.shape = shape;
    }

    /** The simple name of the annotation declaring this kind, e.g. {@code SlidingWindow}. */
    public String annotation() {
        return annotation;
    }

    /** The operator name as the runtime labels it, e.g. {@code slidingWindow}. */
    public String operator() {
        return operator;
    }

    /** The Graphviz shape streamz gives this operator. */
    public String shape() {
        return shape;
    }

    /** Whether elements of several upstreams meet in one tuple (zip, combineLatest, zipLatest). */
    public boolean isJoin() {
        return this == ZIP || this == COMBINE_LATEST || this == ZIP_LATEST;
    }

    /**
     * Whether the stages after this one run from the event loop, handed on by a runtime helper:
     * buffer, delay, rateLimit, timedWindow and mapAsync.
     */
    public boolean usesLoop() {
        return this == BUFFER || this == DELAY || this == RATE_LIMIT || this == TIMED_WINDOW || this == MAP_ASYNC;
    }

    /** Whether the stage takes several upstreams. */
    public boolean isMultiInput() {
        return isJoin() || this == UNION;
    }

    /** The kind whose annotation has this simple name, or {@code null}. */
    public static StageKind ofAnnotation(String simpleName) {
        for (StageKind kind : values()) {
            if (kind.annotation.equals(simpleName)) {
                return kind;
            }
        }
        return null;
    }
}
