package io.streamz.engine;

/**
 * What an engine offers its task: state and timers scoped to the current key, the time, and
 * the ways out (sinks and exchanges). One thread at a time, the one calling the task.
 */
public interface EngineContext {

    /** {@return the state handles; each reads and writes the current key's state} */
    StateBackend state();

    /**
     * Per-key timers of the current key.
     *
     * @return the timers of the current key
     */
    TimerService timers();

    /**
     * The time: processing time, or in {@link TimeMode#EVENT} the current record's timestamp
     * (and the stream time in {@link PipelineTask#onTimer}).
     *
     * @return the time, in milliseconds
     */
    long currentTimeMillis();

    /** {@return the key the engine set for what is being processed ({@code null} in an unkeyed scope)} */
    Object currentKey();

    /**
     * Sends {@code value} to output port {@code sinkPort}, with the current key as its record key.
     *
     * @param sinkPort the sink's output port
     * @param value the element
     */
    void emit(int sinkPort, Object value);

    /**
     * {@link #emit} of an {@code int}; an engine may avoid boxing it.
     *
     * @param sinkPort the sink's output port
     * @param value the element
     */
    default void emitInt(int sinkPort, int value) {
        emit(sinkPort, value);
    }

    /**
     * {@link #emit} of a {@code long}; an engine may avoid boxing it.
     *
     * @param sinkPort the sink's output port
     * @param value the element
     */
    default void emitLong(int sinkPort, long value) {
        emit(sinkPort, value);
    }

    /**
     * {@link #emit} of a {@code double}; an engine may avoid boxing it.
     *
     * @param sinkPort the sink's output port
     * @param value the element
     */
    default void emitDouble(int sinkPort, double value) {
        emit(sinkPort, value);
    }

    /**
     * Re-keys {@code value} by {@code key} through exchange {@code exchangePort}: the engine calls
     * {@link PipelineTask#accept} on that port with {@code key} current (locally at once, before
     * this returns; on a distributed engine later, possibly in another task).
     *
     * @param exchangePort the exchange's port
     * @param key the new key
     * @param value the element
     */
    void exchange(int exchangePort, Object key, Object value);
}
