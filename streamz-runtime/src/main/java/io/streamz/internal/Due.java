package io.streamz.internal;

import io.streamz.codec.Codec;
import io.streamz.codec.Codecs;

/**
 * An element waiting in per-key state for its due time (a delay's release, a rate limit's slot, a
 * keyed window's end): data a store can hold, where the fused helpers keep a closure on the loop.
 * Called by generated code, not API.
 *
 * @param due the time it falls due, in the engine's milliseconds
 * @param value the element
 * @param <T> the element type
 */
public record Due<T>(long due, T value) {

    /** The codec of {@code Due<T>}: the due time, then the value (which may be null). */
    public static <T> Codec<Due<T>> codec(Codec<T> value) {
        return Codecs.record(
                "io.streamz.internal.Due",
                c -> new Due<>((Long) c[0], cast(c[1])),
                Codecs.field("due", Codecs.LONG, Due::due),
                Codecs.field("value", Codecs.nullable(value), Due::value));
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }
}
