package io.streamz.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * The attributes of a stage annotation besides {@code from}; each stage kind reads its own.
 *
 * @param start accumulate: the method giving the initial state, or {@code null} for none
 * @param startIsStatic accumulate: whether {@code start} is a static method of the interface
 * @param returnsState accumulate: whether the method returns {@code Accumulated<S, R>}
 * @param stateType accumulate: the state type {@code S}; otherwise {@code null}
 * @param size partition and sliding window: n; unique: the history size (0 = unbounded); buffer: n;
 *     mapAsync: the parallelism
 * @param returnPartial sliding window: emit the first partial windows too
 * @param key partition and unique: the key method, or {@code null}
 * @param keyType partition and unique: what the key method returns, or {@code null} without one
 * @param emitOn combineLatest: the inputs whose arrivals emit; empty = all
 * @param intervalMillis delay, rateLimit and timedWindow: the interval in milliseconds
 */
public record StageOptions(
        String start,
        boolean startIsStatic,
        boolean returnsState,
        TypeName stateType,
        int size,
        boolean returnPartial,
        String key,
        TypeName keyType,
        List<String> emitOn,
        long intervalMillis) {

    /** No attributes. */
    public static final StageOptions NONE =
            new StageOptions(null, false, false, null, 0, false, null, null, List.of(), 0);

    public StageOptions {
        emitOn = List.copyOf(emitOn);
    }

    public static StageOptions accumulate(
            String start, boolean startIsStatic, boolean returnsState, TypeName stateType) {
        return new StageOptions(start, startIsStatic, returnsState, stateType, 0, false, null, null, List.of(), 0);
    }

    public static StageOptions sized(int size, boolean returnPartial, String key) {
        return sized(size, returnPartial, key, null);
    }

    public static StageOptions sized(int size, boolean returnPartial, String key, TypeName keyType) {
        return new StageOptions(null, false, false, null, size, returnPartial, key, keyType, List.of(), 0);
    }

    public static StageOptions interval(long millis) {
        return new StageOptions(null, false, false, null, 0, false, null, null, List.of(), millis);
    }

    public static StageOptions emitOn(List<String> emitOn) {
        return new StageOptions(null, false, false, null, 0, false, null, null, emitOn, 0);
    }
}
