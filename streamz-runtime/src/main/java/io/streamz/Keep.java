package io.streamz;

/**
 * Which element {@link Stream#partitionUnique} and {@code Stream.timedWindowUnique} keep when
 * a key comes again in the same group (streamz's {@code keep="first"} / {@code keep="last"}).
 */
public enum Keep {
    /** The first element of each key; the group's order is the order keys first came. */
    FIRST,
    /** The latest element of each key; the group's order is the order of those latest elements. */
    LAST
}
