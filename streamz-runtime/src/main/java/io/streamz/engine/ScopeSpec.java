package io.streamz.engine;

import io.streamz.codec.Codec;

/**
 * A key scope: stages whose state is kept per key of one type. Scope of a source (and of
 * everything up to the first {@code @KeyBy}) is unkeyed; each {@code @KeyBy} starts a keyed one.
 *
 * @param index the scope's number, from 0
 * @param keyType the key type's canonical name, {@code null} for an unkeyed scope
 * @param keyCodec the key codec (its top-level form is the record key), {@code null} for an
 *     unkeyed scope or where no codec could be derived (then {@link PipelineSpec#notDistributable}
 *     says so)
 */
public record ScopeSpec(int index, String keyType, Codec<?> keyCodec) {

    /**
     * Checks the components.
     *
     * @param index the scope's number, from 0
     * @param keyType the key type's canonical name, {@code null} for an unkeyed scope
     * @param keyCodec the key codec (its top-level form is the record key), {@code null} for an
     *         unkeyed scope or where no codec could be derived (then {@link PipelineSpec#notDistributable}
     *         says so)
     */
    public ScopeSpec {
        if (index < 0) {
            throw new IllegalArgumentException("a scope index cannot be negative: " + index);
        }
        if (keyType == null && keyCodec != null) {
            throw new IllegalArgumentException("unkeyed scope " + index + " cannot have a key codec");
        }
    }

    /**
     * {@return an unkeyed scope}
     *
     * @param index the index
     */
    public static ScopeSpec unkeyed(int index) {
        return new ScopeSpec(index, null, null);
    }

    /**
     * {@return a scope keyed by {@code keyType}}
     *
     * @param index the index
     * @param keyType the key type
     * @param keyCodec the key codec
     */
    public static ScopeSpec keyed(int index, String keyType, Codec<?> keyCodec) {
        return new ScopeSpec(index, java.util.Objects.requireNonNull(keyType, "keyType"), keyCodec);
    }

    /** {@return whether state in this scope is per key} */
    public boolean isKeyed() {
        return keyType != null;
    }
}
