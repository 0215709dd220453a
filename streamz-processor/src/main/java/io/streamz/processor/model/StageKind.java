package io.streamz.processor.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The kinds of stage a {@code @Pipeline} method can declare, one per stage annotation, with the
 * facts about each kind that validation and the model both rely on: what it emits, where its
 * elements come from, and whether it hands elements on unchanged. Each rule is written here once.
 */
public enum StageKind {
    // drawn as the twin draws it: a plain Stream entry node
    SOURCE("Source", "source", "ellipse", Emits.PARAMETER),
    MAP("Map", "map", "ellipse", Emits.RETURN_TYPE),
    FILTER("Filter", "filter", "ellipse", Emits.UPSTREAM),
    ACCUMULATE("Accumulate", "accumulate", "box", Emits.ACCUMULATED),
    SINK("Sink", "sink", "trapezium", Emits.NOTHING),
    FLATTEN("Flatten", "flatten", "ellipse", Emits.RETURN_TYPE),
    PARTITION("Partition", "partition", "diamond", Emits.RETURN_TYPE),
    SLIDING_WINDOW("SlidingWindow", "slidingWindow", "diamond", Emits.RETURN_TYPE),
    UNIQUE("Unique", "unique", "ellipse", Emits.UPSTREAM),
    SLICE("Slice", "slice", "ellipse", Emits.UPSTREAM),
    PARTITION_UNIQUE("PartitionUnique", "partitionUnique", "diamond", Emits.RETURN_TYPE),
    // the runtime's frequencies() is an accumulate node: drawn as one
    FREQUENCIES("Frequencies", "frequencies", "box", Emits.RETURN_TYPE),
    UNION("Union", "union", "ellipse", Emits.RETURN_TYPE),
    ZIP("Zip", "zip", "triangle", Emits.RETURN_TYPE),
    COMBINE_LATEST("CombineLatest", "combineLatest", "triangle", Emits.RETURN_TYPE),
    ZIP_LATEST("ZipLatest", "zipLatest", "ellipse", Emits.RETURN_TYPE),
    BUFFER("Buffer", "buffer", "diamond", Emits.UPSTREAM),
    LATEST("Latest", "latest", "octagon", Emits.UPSTREAM),
    DELAY("Delay", "delay", "octagon", Emits.UPSTREAM),
    RATE_LIMIT("RateLimit", "rateLimit", "octagon", Emits.UPSTREAM),
    TIMED_WINDOW("TimedWindow", "timedWindow", "octagon", Emits.RETURN_TYPE),
    TIMED_WINDOW_UNIQUE("TimedWindowUnique", "timedWindowUnique", "octagon", Emits.RETURN_TYPE),
    MAP_ASYNC("MapAsync", "mapAsync", "ellipse", Emits.COMPLETION_VALUE),
    KEY_BY("KeyBy", "keyBy", "invhouse", Emits.UPSTREAM);

    /** What a stage of a kind emits, in terms of its method. */
    public enum Emits {
        /** The value it is called with: its only parameter (a source). */
        PARAMETER,
        /** Nothing (a sink). */
        NOTHING,
        /** What its upstream emits, the same elements (filter, unique, slice, buffer, delay, rateLimit). */
        UPSTREAM,
        /** Its method's return type. */
        RETURN_TYPE,
        /** {@code R} of the {@code CompletionStage<R>} its method returns (mapAsync). */
        COMPLETION_VALUE,
        /**
         * Its state, the method's return type; with {@code returnsState}, {@code R} of the
         * {@code Accumulated<S, R>} it returns; with {@code withState}, {@code Accumulated<S, S>} (accumulate).
         */
        ACCUMULATED
    }

    /**
     * One upstream of a stage as the user declares it.
     *
     * @param name the upstream stage's name
     * @param fromIndex the position of the name in {@code from}, or -1 for the implicit upstream
     *     (the stage declared just before)
     */
    public record Upstream(String name, int fromIndex) {
        /** Whether the upstream is the stage declared before, not named in {@code from}. */
        public boolean isImplicit() {
            return fromIndex < 0;
        }
    }

    private final String annotation;
    private final String operator;
    private final String shape;
    private final Emits emits;

    StageKind(String annotation, String operator, String shape, Emits emits) {
        this.annotation = annotation;
        this.operator = operator;
        this.shape = shape;
        this.emits = emits;
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

    /** The Graphviz orientation streamz gives this operator, in degrees: 270 for zip and combineLatest. */
    public int orientation() {
        return this == ZIP || this == COMBINE_LATEST ? 270 : 0;
    }

    /** What a stage of this kind emits. */
    public Emits emits() {
        return emits;
    }

    /** Whether elements of several upstreams meet in one tuple (zip, combineLatest, zipLatest). */
    public boolean isJoin() {
        return this == ZIP || this == COMBINE_LATEST || this == ZIP_LATEST;
    }

    /**
     * Whether the stages after this one run from the event loop, handed on by a runtime helper:
     * buffer, latest, delay, rateLimit, timedWindow, timedWindowUnique and mapAsync.
     */
    public boolean usesLoop() {
        return this == BUFFER
                || this == LATEST
                || this == DELAY
                || this == RATE_LIMIT
                || this == TIMED_WINDOW
                || this == TIMED_WINDOW_UNIQUE
                || this == MAP_ASYNC;
    }

    /**
     * Whether the stages after this one start a new fused segment: a flatten loops over its
     * downstreams, a loop stage's runtime helper calls what follows it from the loop, and a
     * keyBy hands its element to the next key scope (an exchange).
     */
    public boolean endsSegment() {
        return this == FLATTEN || this == KEY_BY || usesLoop();
    }

    /** Whether the stage emits exactly one value for each element, in the same call (map, accumulate). */
    public boolean isOneToOne() {
        return this == MAP || this == ACCUMULATE;
    }

    /** Whether the stage takes several upstreams, every one named in {@code from}. */
    public boolean isMultiInput() {
        return isJoin() || this == UNION;
    }

    /**
     * Whether the stage holds or forwards the element object itself (in a tuple, a window, a
     * group, a count, a union, or a time or buffer stage's runtime helper), so that Java's primitive widening
     * (int to long) never happens on the way in: only boxing and reference widening are safe.
     * A mapAsync calls a method with its element, which may widen it.
     */
    public boolean holdsElements() {
        return isMultiInput()
                || this == PARTITION
                || this == PARTITION_UNIQUE
                || this == FREQUENCIES
                || this == SLIDING_WINDOW
                || this == KEY_BY
                || (usesLoop() && this != MAP_ASYNC);
    }

    /**
     * The upstreams of a stage of this kind: none for a source; every name in {@code from} for
     * a union or join; otherwise the stage named by {@code from}, or without one the stage
     * declared just before ({@code previous}, none if {@code null}).
     *
     * @param from the names in the annotation's {@code from}, in order
     */
    public List<Upstream> upstreams(List<String> from, String previous) {
        List<Upstream> upstreams = new ArrayList<>();
        if (this == SOURCE) {
            return upstreams;
        }
        if (isMultiInput()) {
            for (int i = 0; i < from.size(); i++) {
                upstreams.add(new Upstream(from.get(i), i));
            }
        } else if (!from.isEmpty()) {
            upstreams.add(new Upstream(from.get(0), 0));
        } else if (previous != null) {
            upstreams.add(new Upstream(previous, -1));
        }
        return upstreams;
    }

    /**
     * Whether the stage keeps state that a keyed pipeline keeps per key (accumulate, unique,
     * slice, partitionUnique, frequencies, slidingWindow, partition, joins, time stages, buffer and latest).
     */
    public boolean isStateful() {
        return this == ACCUMULATE
                || this == UNIQUE
                || this == SLICE
                || this == PARTITION_UNIQUE
                || this == FREQUENCIES
                || this == SLIDING_WINDOW
                || this == PARTITION
                || isJoin()
                || this == DELAY
                || this == RATE_LIMIT
                || this == TIMED_WINDOW
                || this == TIMED_WINDOW_UNIQUE
                || this == BUFFER
                || this == LATEST;
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
