/**
 * Support called by generated pipelines, not API: small final classes that the interpreted
 * {@link io.streamz.Stream} operators use too, so both run the same logic.
 *
 * <p>Every helper is driven by an {@link io.streamz.EventLoop}, reads time only from it, and
 * keeps its state confined to the loop thread: call it there. Elements leave through a
 * {@link io.streamz.internal.Downstream}, whose {@code push} returns {@code null} when nothing
 * is pending or a future for asynchronous work still running (the back-pressure protocol).
 *
 * <ul>
 *   <li>{@link io.streamz.internal.Completions}: {@code and(a, b)} combines pending futures,
 *       {@code of(stage)} adapts a user's {@code CompletionStage}, {@code relay(push, done)}
 *       completes a future when pushed work finishes, {@code unwrap}, {@code join}.</li>
 *   <li>{@link io.streamz.internal.BoundedBuffer}: {@code buffer(n)}; {@code offer(x)} returns
 *       {@code null} when {@code x} fit or a future that completes when it enters.</li>
 *   <li>{@link io.streamz.internal.DelayLine}: {@code delay(d)}; {@code offer(x)} returns the
 *       future of {@code x} going through {@code d} later.</li>
 *   <li>{@link io.streamz.internal.RateLimiter}: {@code rateLimit(d)}; {@code offer(x)} passes
 *       {@code x} inline or at its slot.</li>
 *   <li>{@link io.streamz.internal.TimedWindowCollector}: {@code timedWindow(d)};
 *       {@code start()}, {@code stop()}, {@code add(x)}.</li>
 *   <li>{@link io.streamz.internal.LatestValue}: {@code latest()}; {@code offer(x)}.</li>
 *   <li>{@link io.streamz.internal.OrderedAsyncMap}: {@code mapAsync(f, parallelism)};
 *       {@code offer(x)}.</li>
 * </ul>
 *
 * <p>The fused classes the streamz processor generates call the synchronous helpers, one
 * thread at a time: {@link io.streamz.internal.ZipJoin}, {@link io.streamz.internal.CombineLatestJoin},
 * {@link io.streamz.internal.ZipLatestJoin} (their tuples go to a consumer),
 * {@link io.streamz.internal.SlidingWindowBuffer}, {@link io.streamz.internal.PartitionBuffer},
 * {@link io.streamz.internal.UniqueHistory}, {@link io.streamz.internal.Failures} to name the
 * stage of a failure with the label the interpreted node has, and
 * {@link io.streamz.internal.AsyncSinks} for an asynchronous sink's stage (as {@code sinkAsync}
 * handles it); their interpreted twins use {@link io.streamz.internal.NamedOperators}.
 *
 * <p>The generated {@code Engine} body of a keyed pipeline runs its time stages through
 * {@link io.streamz.internal.KeyedDelay}, {@link io.streamz.internal.KeyedTimedWindow} and
 * {@link io.streamz.internal.KeyedRateLimit}: pending elements are {@link io.streamz.internal.Due}
 * records in per-key state, released by per-key timers of {@code io.streamz.engine}.
 */
package io.streamz.internal;
