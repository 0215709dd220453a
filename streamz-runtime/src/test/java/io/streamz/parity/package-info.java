/**
 * streamz's own test suite (v0.6.5: {@code streamz/tests/test_core.py}, {@code py3_test_core.py},
 * {@code test_sinks.py}, {@code test_graph.py}) ported to JUnit 5 against the public API only,
 * one Java test per streamz test, named after it ({@code test_sliding_window} is
 * {@code slidingWindow}) with a comment citing it. Where our decided behaviour differs from
 * streamz's, the test asserts ours and its comment says so. Time runs on a
 * {@link io.streamz.VirtualTimeLoop}: no test sleeps.
 *
 * <ul>
 *   <li>{@code CoreParityTest}: map, starmap, filter, remove, accumulate/scan, flatten, unique,
 *       union, pluck, collect, labels, user failures.</li>
 *   <li>{@code WindowParityTest}: partition (timeouts and keys included), sliding_window.</li>
 *   <li>{@code JoinParityTest}: zip, combine_latest, zip_latest, their connect/disconnect tests,
 *       execution order.</li>
 *   <li>{@code LifecycleParityTest}: connect, disconnect, destroy, gc, subclassing.</li>
 *   <li>{@code TimeParityTest}: timed_window, delay, rate_limit, buffer, latest, map_async and
 *       the back-pressure tests.</li>
 *   <li>{@code LoopParityTest}: loop percolation, the shared loop, other threads, mixed loops,
 *       failures after a delay, buffers after windows.</li>
 *   <li>{@code SinkParityTest} ({@code test_sinks.py}) and {@code GraphParityTest}
 *       ({@code test_graph.py}).</li>
 *   <li>{@code RemainingParityTest}: slice, partition_unique, frequencies, start.</li>
 * </ul>
 *
 * <p>The sources' tests ({@code test_sources.py}, {@code test_counter}, {@code test_from_file},
 * {@code test_from_file_end}, {@code test_filenames}) are ported next to the sources:
 * {@code IterablePeriodicSourceTest}, {@code FileSourcesTest} and {@code io.streamz.source}'s
 * TCP, HTTP and process tests; the {@code *_metadata} and {@code *_ref_counts} tests next to the
 * metadata support: {@code io.streamz.MetadataTest} and {@code io.streamz.HoldingStagesMetadataTest};
 * {@code test_timed_window_unique} in {@code io.streamz.TimedWindowUniqueTest}.
 * Not ported: {@code test_ws_roundtrip} and {@code test_mqtt_roundtrip} (network sinks this port
 * does not have). {@code test_map_async_restart}
 * ({@code stop_on_exception}) is {@code io.streamz.MapAsyncStopOnExceptionTest}. Not applicable to Java: {@code test_docstrings} (Python docstrings) and
 * {@code test_no_ipywidget_repr} (IPython); {@code dont_test_stream_kwargs} is disabled upstream.
 */
package io.streamz.parity;
