package io.streamz.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Objects;

/**
 * The attributes of a stage annotation besides {@code from}: one small record per kind that has
 * any ({@link #of} says which), {@link None} for the others.
 */
public sealed interface StageOptions {
    /** No attributes. */
    None NONE = new None();

    /** The attribute values of one stage annotation, resolved; each kind reads its own. */
    interface Attributes {
        /** {@code value} of partition, partitionUnique, slidingWindow, buffer and mapAsync; {@code history} of unique. */
        int size();

        /** slidingWindow's {@code returnPartial}. */
        boolean returnPartial();

        /** partitionUnique's and timedWindowUnique's {@code keepLast}. */
        boolean keepLast();

        /** partition's, partitionUnique's and unique's key method, or {@code null} without one. */
        Key key();

        /** accumulate's {@code start} method: its name, or {@code null} without one. */
        String start();

        /** Whether accumulate's {@code start} method is static. */
        boolean startIsStatic();

        /** accumulate's {@code returnsState}. */
        boolean returnsState();

        /** accumulate's {@code withState}. */
        boolean withState();

        /** accumulate's {@code resetBy}: the stage whose elements reset it, or {@code null} without one. */
        String resetBy();

        /** mapAsync's {@code stopOnException}. */
        boolean stopOnException();

        /** The type of the method's first parameter (an accumulator's state). */
        TypeName firstParameter();

        /** {@code value} of delay, rateLimit, timedWindow and timedWindowUnique, in milliseconds. */
        long interval();

        /** combineLatest's {@code emitOn}. */
        List<String> emitOn();

        /** slice's {@code start}, {@code end} ({@code -1}: no end) and {@code step}. */
        Slice slice();
    }

    /** The options of a {@code kind} stage, from its annotation's {@code attributes}. */
    static StageOptions of(StageKind kind, Attributes attributes) {
        return switch (kind) {
            case ACCUMULATE ->
                new Accumulate(
                        attributes.start(),
                        attributes.startIsStatic(),
                        attributes.returnsState(),
                        attributes.firstParameter(),
                        attributes.withState(),
                        attributes.resetBy());
            case PARTITION -> new Partition(attributes.size(), attributes.key());
            case SLIDING_WINDOW -> new SlidingWindow(attributes.size(), attributes.returnPartial());
            case UNIQUE -> new Unique(attributes.size(), attributes.key());
            case SLICE -> attributes.slice();
            case PARTITION_UNIQUE -> new PartitionUnique(attributes.size(), attributes.key(), attributes.keepLast());
            case KEY_BY -> new KeyBy(Objects.requireNonNull(attributes.key(), "key"));
            case BUFFER -> new Buffer(attributes.size());
            case MAP_ASYNC -> new MapAsync(attributes.size(), attributes.stopOnException());
            case DELAY, RATE_LIMIT, TIMED_WINDOW -> new Interval(attributes.interval());
            case TIMED_WINDOW_UNIQUE ->
                new TimedWindowUnique(attributes.interval(), attributes.key(), attributes.keepLast());
            case COMBINE_LATEST -> new CombineLatest(attributes.emitOn());
            case SOURCE, MAP, FILTER, SINK, FLATTEN, UNION, ZIP, ZIP_LATEST, FREQUENCIES, LATEST -> NONE;
        };
    }

    /** Source, map, filter, sink, flatten, union, zip, zipLatest, frequencies, latest: no attributes. */
    record None() implements StageOptions {}

    /**
     * Accumulate.
     *
     * @param start the method giving the initial state, or {@code null} for none (the first
     *     element becomes the state)
     * @param startIsStatic whether {@code start} is a static method of the interface
     * @param returnsState whether the method returns {@code Accumulated<S, R>}
     * @param stateType the state type {@code S}
     * @param withState whether it emits {@code Accumulated<S, S>} of the new state and the result
     * @param resetBy the stage whose every element sets the state back to {@code start}, or
     *     {@code null}: never reset
     */
    record Accumulate(
            String start,
            boolean startIsStatic,
            boolean returnsState,
            TypeName stateType,
            boolean withState,
            String resetBy)
            implements StageOptions {
        public Accumulate {
            Objects.requireNonNull(stateType, "stateType");
            if (resetBy != null && start == null) {
                throw new IllegalArgumentException("an accumulate reset by " + resetBy + " needs a start");
            }
        }

        /** An accumulate no other stage resets. */
        public Accumulate(
                String start, boolean startIsStatic, boolean returnsState, TypeName stateType, boolean withState) {
            this(start, startIsStatic, returnsState, stateType, withState, null);
        }

        /** An accumulate emitting its result alone, without the state alongside. */
        public Accumulate(String start, boolean startIsStatic, boolean returnsState, TypeName stateType) {
            this(start, startIsStatic, returnsState, stateType, false);
        }
    }

    /**
     * A method of the interface computing an element's key.
     *
     * @param method its name
     * @param type what it returns
     */
    record Key(String method, TypeName type) {
        public Key {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(type, "type");
        }
    }

    /**
     * Partition.
     *
     * @param size the number of elements per partition
     * @param key the key method, or {@code null}: partitions of consecutive elements
     */
    record Partition(int size, Key key) implements StageOptions {}

    /**
     * Sliding window.
     *
     * @param size the number of elements per window
     * @param returnPartial whether the first, partial windows are emitted too
     */
    record SlidingWindow(int size, boolean returnPartial) implements StageOptions {}

    /**
     * Unique.
     *
     * @param history how many keys are remembered; 0 = all
     * @param key the key method, or {@code null}: the element is its own key
     */
    record Unique(int history, Key key) implements StageOptions {}

    /**
     * PartitionUnique.
     *
     * @param size how many distinct keys make a group
     * @param key the key method, or {@code null}: the element is its own key
     * @param keepLast whether a repeated key keeps its latest element, not its first
     */
    record PartitionUnique(int size, Key key, boolean keepLast) implements StageOptions {}

    /**
     * Slice: the positions {@code start, start + step, ...} before {@code end}.
     *
     * @param start the first position passed on
     * @param end the position before which the slice ends, or {@link #NO_END}
     * @param step every how many positions one passes
     */
    record Slice(int start, int end, int step) implements StageOptions {
        /** {@code end} of a slice without one, as {@code @Slice.NO_END} says. */
        public static final int NO_END = -1;
    }

    /**
     * KeyBy.
     *
     * @param key the method computing the key of the next scope
     */
    record KeyBy(Key key) implements StageOptions {}

    /**
     * Buffer.
     *
     * @param size how many elements may wait
     */
    record Buffer(int size) implements StageOptions {}

    /**
     * MapAsync.
     *
     * @param parallelism the most calls in flight at once
     * @param stopOnException whether a failed call stops the stage until the pipeline's {@code start()}
     */
    record MapAsync(int parallelism, boolean stopOnException) implements StageOptions {
        /** A mapAsync a failed call does not stop. */
        public MapAsync(int parallelism) {
            this(parallelism, false);
        }
    }

    /**
     * Delay, rateLimit and timedWindow.
     *
     * @param millis the interval in milliseconds
     */
    record Interval(long millis) implements StageOptions {}

    /**
     * TimedWindowUnique.
     *
     * @param millis the window length in milliseconds
     * @param key the key method, or {@code null}: the element is its own key
     * @param keepLast whether a repeated key keeps its latest element, not its first
     */
    record TimedWindowUnique(long millis, Key key, boolean keepLast) implements StageOptions {}

    /**
     * CombineLatest.
     *
     * @param emitOn the inputs whose arrivals emit; empty = all
     */
    record CombineLatest(List<String> emitOn) implements StageOptions {
        public CombineLatest {
            emitOn = List.copyOf(emitOn);
        }
    }
}
