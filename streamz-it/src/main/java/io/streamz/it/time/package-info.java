/**
 * Pipelines with time and buffer stages ({@code @Buffer}, {@code @Delay}, {@code @RateLimit},
 * {@code @TimedWindow}) and asynchronous stages ({@code @MapAsync}, asynchronous {@code @Sink}s), each built fused and interpreted on virtual time and fed the same random
 * inputs at the same random virtual times: both must call their sinks with the same values at
 * the same virtual instants, resolve awaited emits at the same instants and report the same
 * failures. Some stages throw on purpose, before and after a time stage.
 */
package io.streamz.it.time;
