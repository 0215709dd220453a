package io.streamz.processor.model;

/**
 * A connection from an upstream stage to a downstream one.
 *
 * @param from the upstream stage
 * @param to the downstream stage
 * @param port the position of {@code from} among {@code to}'s upstreams (a join's tuple index)
 */
public record Edge(Stage from, Stage to, int port) {}
