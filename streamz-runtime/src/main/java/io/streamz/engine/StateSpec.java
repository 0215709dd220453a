package io.streamz.engine;

import io.streamz.codec.Codec;
import io.streamz.codec.Codecs;
import java.util.Objects;

/**
 * One piece of per-key state of a stage. An engine keeps it in a store named after
 * {@link #name()} (never after segment boundaries, so a pipeline fused differently keeps its
 * state), encodes it with the codecs, and checks {@link #fingerprint()} when it restores old
 * state. Build one with the factories ({@link #longCell}, {@link #value}, {@link #map}, ...).
 *
 * @param name unique in the pipeline: the stage's name, with a suffix where it has several
 * @param stage the stage that owns it
 * @param kind which handle reaches it
 * @param scope the key scope it is per key of
 * @param keyCodec the codec of a {@link StateKind#MAP}'s inner keys; {@code null} otherwise
 * @param valueCodec the codec of the value, of a map's values, of a set's or queue's elements;
 *     {@code null} where none could be derived (then the spec lists why it is not distributable)
 * @param bound the most elements a {@link StateKind#SET} keeps per key (least recently used
 *     evicted first); 0 for unbounded and for every other kind
 */
public record StateSpec(
        String name, String stage, StateKind kind, int scope, Codec<?> keyCodec, Codec<?> valueCodec, int bound) {

    /**
     * Checks the components.
     *
     * @param name unique in the pipeline: the stage's name, with a suffix where it has several
     * @param stage the stage that owns it
     * @param kind which handle reaches it
     * @param scope the key scope it is per key of
     * @param keyCodec the codec of a {@link StateKind#MAP}'s inner keys; {@code null} otherwise
     * @param valueCodec the codec of the value, of a map's values, of a set's or queue's elements;
     *         {@code null} where none could be derived (then the spec lists why it is not distributable)
     * @param bound the most elements a {@link StateKind#SET} keeps per key (least recently used
     *         evicted first); 0 for unbounded and for every other kind
     */
    public StateSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(kind, "kind");
        if (bound < 0 || (bound > 0 && kind != StateKind.SET)) {
            throw new IllegalArgumentException("state '" + name
                    + "': only a SET has a bound, and it cannot be negative; got " + kind + " bound " + bound);
        }
        if (keyCodec != null && kind != StateKind.MAP) {
            throw new IllegalArgumentException("state '" + name + "': only a MAP has a key codec");
        }
    }

    /**
     * {@return a {@code long} cell}
     *
     * @param name the name
     * @param stage the stage
     * @param scope the scope
     */
    public static StateSpec longCell(String name, String stage, int scope) {
        return new StateSpec(name, stage, StateKind.LONG, scope, null, Codecs.LONG, 0);
    }

    /**
     * {@return an {@code int} cell}
     *
     * @param name the name
     * @param stage the stage
     * @param scope the scope
     */
    public static StateSpec intCell(String name, String stage, int scope) {
        return new StateSpec(name, stage, StateKind.INT, scope, null, Codecs.INT, 0);
    }

    /**
     * {@return a {@code double} cell}
     *
     * @param name the name
     * @param stage the stage
     * @param scope the scope
     */
    public static StateSpec doubleCell(String name, String stage, int scope) {
        return new StateSpec(name, stage, StateKind.DOUBLE, scope, null, Codecs.DOUBLE, 0);
    }

    /**
     * {@return one value per key}
     *
     * @param name the name
     * @param stage the stage
     * @param scope the scope
     * @param codec the codec
     */
    public static StateSpec value(String name, String stage, int scope, Codec<?> codec) {
        return new StateSpec(name, stage, StateKind.VALUE, scope, null, codec, 0);
    }

    /**
     * {@return a map per key}
     *
     * @param name the name
     * @param stage the stage
     * @param scope the scope
     * @param keyCodec the key codec
     * @param valueCodec the value codec
     */
    public static StateSpec map(String name, String stage, int scope, Codec<?> keyCodec, Codec<?> valueCodec) {
        return new StateSpec(name, stage, StateKind.MAP, scope, keyCodec, valueCodec, 0);
    }

    /**
     * {@return a set per key; {@code bound} 0 is unbounded, otherwise an LRU of that many elements}
     *
     * @param name the name
     * @param stage the stage
     * @param scope the scope
     * @param elementCodec the element codec
     * @param bound the most elements held per key (0: unbounded)
     */
    public static StateSpec set(String name, String stage, int scope, Codec<?> elementCodec, int bound) {
        return new StateSpec(name, stage, StateKind.SET, scope, null, elementCodec, bound);
    }

    /**
     * {@return a FIFO queue per key}
     *
     * @param name the name
     * @param stage the stage
     * @param scope the scope
     * @param elementCodec the element codec
     */
    public static StateSpec queue(String name, String stage, int scope, Codec<?> elementCodec) {
        return new StateSpec(name, stage, StateKind.QUEUE, scope, null, elementCodec, 0);
    }

    /** {@return whether every codec this state needs is known} */
    public boolean hasCodecs() {
        return valueCodec != null && (kind != StateKind.MAP || keyCodec != null);
    }

    /**
     * {@return the structure of the stored data, e.g. {@code map<string,list<long?>?>}; {@code ?} where a
     * codec is missing}
     */
    public String schema() {
        String value = valueCodec == null ? "?" : valueCodec.schema();
        return switch (kind) {
            case LONG, INT, DOUBLE, VALUE -> kind.name().toLowerCase(java.util.Locale.ROOT) + "<" + value + ">";
            case MAP -> "map<" + (keyCodec == null ? "?" : keyCodec.schema()) + "," + value + ">";
            case SET -> "set<" + value + ">" + (bound > 0 ? "/lru" + bound : "");
            case QUEUE -> "queue<" + value + ">";
        };
    }

    /**
     * {@link Codecs#fingerprint} of {@link #schema()}: changes when the stored types change.
     *
     * @return {@link Codecs#fingerprint} of {@link #schema()}
     */
    public String fingerprint() {
        return Codecs.fingerprint(schema());
    }

    /**
     * Checks that state restored from a store was written with this spec's fingerprint.
     *
     * @param pipeline the pipeline's name, for the message
     * @param storedFingerprint the fingerprint the store was written with
     * @throws IllegalStateException if it differs: the types changed and the old state cannot be read
     */
    public void checkRestored(String pipeline, String storedFingerprint) {
        if (!fingerprint().equals(storedFingerprint)) {
            throw new IllegalStateException("state '" + name + "' of stage '" + stage + "' in " + pipeline
                    + " was written with fingerprint " + storedFingerprint + " but the pipeline now keeps "
                    + schema() + " (fingerprint " + fingerprint() + "): the type of its state changed, so the old"
                    + " state cannot be read. Reset the application's state (or rename the stage to start it empty).");
        }
    }
}
