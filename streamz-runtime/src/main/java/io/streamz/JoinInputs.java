package io.streamz;

import java.util.ArrayList;
import java.util.List;

/**
 * The distinct input streams of a join node, each at the index its join helper in
 * {@code io.streamz.internal} knows it by: the helpers number inputs, the nodes receive streams.
 */
final class JoinInputs {
    private final List<Stream<?>> streams = new ArrayList<>();

    /** The index of {@code stream}, or -1 when it is not an input. */
    int find(Stream<?> stream) {
        for (int i = 0; i < streams.size(); i++) {
            if (streams.get(i) == stream) {
                return i;
            }
        }
        return -1;
    }

    /** Records {@code stream} as the input the helper has just added at {@code index}; returns it. */
    int add(Stream<?> stream, int index) {
        if (index != streams.size()) {
            throw new IllegalStateException("input " + index + " added after " + streams.size() + " inputs");
        }
        streams.add(stream);
        return index;
    }

    /** Forgets {@code stream}; returns the index it had, which the helper must drop too, or -1. */
    int remove(Stream<?> stream) {
        int index = find(stream);
        if (index >= 0) {
            streams.remove(index);
        }
        return index;
    }
}
