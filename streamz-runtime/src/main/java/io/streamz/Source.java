package io.streamz;

import io.streamz.source.FilenamesDriver;
import io.streamz.source.HttpServerDriver;
import io.streamz.source.IterableDriver;
import io.streamz.source.PeriodicDriver;
import io.streamz.source.ProcessDriver;
import io.streamz.source.QueueDriver;
import io.streamz.source.SourceDriver;
import io.streamz.source.TcpDriver;
import io.streamz.source.TextFileDriver;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.function.Supplier;

/**
 * A source node that always runs on an event loop: the seed's {@code Source()}, and streamz's
 * sources ({@code from_iterable}, {@code from_textfile}, {@code from_tcp}, ...): the static
 * factories below, or any {@link SourceDriver}. Without a loop argument it uses {@link EventLoop#shared()}, as
 * streamz's {@code Source} ensures its IO loop. Emits from other threads hop onto the loop.
 *
 * <p>Lifecycle, as in streamz: a source is built stopped. {@link #start()} (on this node or on
 * any node downstream of it) opens what it reads from, throwing at once if it cannot (a missing
 * file, a port in use, a command that does not start: the message names the source and the
 * cause), then emits on the loop, waiting for each element's emit future before the next one
 * (back pressure: a slow asynchronous sink slows the source down). {@link #stop()} is
 * idempotent: it closes files, sockets and child processes; the element being emitted at that
 * moment finishes, and nothing is emitted after {@code stop()} returned on the loop thread. A
 * source that runs out (an iterable, a process that exited) stops by itself. An I/O error while
 * running is reported to the loop's {@link EventLoop#reportFailure}, naming the source (or, if
 * this source {@linkplain #routeFailuresTo routes its failures}, emitted into its error stream
 * as a {@link FailedElement} with a {@code null} element), and stops it; a failure of a stage
 * downstream is reported too (unless that stage routes it), and the source goes on with the
 * next element.
 *
 * <p>Without a {@link SourceDriver} (the constructors without one) the source is fed by
 * {@link #emit} by hand, and {@code start()}/{@code stop()} only flip {@link #isStopped()}.
 *
 * <pre>{@code
 * Source<String> source = new Source<>();
 * source.map(Json::parse).buffer(100).sinkAsync(db::write);
 * source.emit(line).toCompletableFuture().join();   // the seed's `await source.emit(line)`
 * }</pre>
 *
 * @param <T> the type of the elements this source emits
 */
public final class Source<T> extends Stream<T> {
    private final SourceDriver<T> driver;
    private final Object lifecycle = new Object();
    /** The running session, {@code null} while stopped; written under {@link #lifecycle}. */
    private volatile SourceRun<T> current;

    private volatile boolean stopped = true;

    /** A source on the process-wide shared loop, fed by hand. */
    public Source() {
        this(EventLoop.shared());
    }

    /**
     * A source on {@code loop}, e.g. a {@link VirtualTimeLoop} in tests, fed by hand.
     *
     * @param loop the event loop
     */
    public Source(EventLoop loop) {
        this(null, loop);
    }

    /**
     * A named source on {@code loop}, labelled {@code <name; Source>}, fed by hand.
     *
     * @param name the name
     * @param loop the event loop
     */
    public Source(String name, EventLoop loop) {
        super(name, loop);
        this.driver = null;
    }

    /**
     * A source on {@code loop} that {@code driver} feeds once {@linkplain #start() started}.
     *
     * @param loop the event loop
     * @param driver the driver
     */
    public Source(EventLoop loop, SourceDriver<T> driver) {
        super(null, loop);
        this.driver = Preconditions.notNull("Source", "driver", driver);
    }

    // ---------------------------------------------------------------- streamz's sources
    // On the shared loop; for another loop or other options: new Source<>(loop, XxxDriver.of(...)...).

    /**
     * streamz's {@code from_iterable}: each item in turn, then the source stops; see {@link IterableDriver}.
     *
     * @param <T> the type of the elements
     * @param items the items
     * @return the source, not started
     */
    public static <T> Source<T> fromIterable(Iterable<? extends T> items) {
        return fromIterable(items, EventLoop.shared());
    }

    /**
     * {@link #fromIterable(Iterable)} on {@code loop}.
     *
     * @param <T> the type of the elements
     * @param items the items
     * @param loop the event loop
     * @return {@link #fromIterable(Iterable)} on {@code loop}
     */
    public static <T> Source<T> fromIterable(Iterable<? extends T> items, EventLoop loop) {
        return new Source<>(loop, new IterableDriver<T>(items));
    }

    /**
     * streamz's {@code from_periodic}: {@code callback}'s result now and every {@code interval}; see {@link PeriodicDriver}.
     *
     * @param <T> the type of the elements
     * @param callback the callback
     * @param interval the interval
     * @return the source, not started
     */
    public static <T> Source<T> fromPeriodic(Supplier<? extends T> callback, Duration interval) {
        return fromPeriodic(callback, interval, EventLoop.shared());
    }

    /**
     * {@link #fromPeriodic(Supplier, Duration)} with the interval in seconds, as streamz's {@code poll_interval}.
     *
     * @param <T> the type of the elements
     * @param callback the callback
     * @param seconds the duration in seconds
     * @return {@link #fromPeriodic(Supplier, Duration)} with the interval in seconds, as streamz's {@code poll_interval}
     */
    public static <T> Source<T> fromPeriodic(Supplier<? extends T> callback, double seconds) {
        return fromPeriodic(callback, Preconditions.seconds("fromPeriodic", "interval", seconds, false));
    }

    /**
     * {@link #fromPeriodic(Supplier, Duration)} on {@code loop}.
     *
     * @param <T> the type of the elements
     * @param callback the callback
     * @param interval the interval
     * @param loop the event loop
     * @return {@link #fromPeriodic(Supplier, Duration)} on {@code loop}
     */
    public static <T> Source<T> fromPeriodic(Supplier<? extends T> callback, Duration interval, EventLoop loop) {
        return new Source<>(loop, new PeriodicDriver<T>(callback, interval));
    }

    /**
     * streamz's {@code from_q}: the elements other threads put into {@code queue}, taken one at a
     * time (the next once the graph has finished with the previous one), looking again every
     * 0.01 s while it is empty; see {@link QueueDriver}.
     *
     * @param <T> the type of the elements
     * @param queue the queue, usually a {@link java.util.concurrent.BlockingQueue} other threads put into
     * @return the source, not started
     */
    public static <T> Source<T> fromQueue(Queue<? extends T> queue) {
        return fromQueue(queue, QueueDriver.DEFAULT_POLL_INTERVAL, EventLoop.shared());
    }

    /**
     * {@link #fromQueue(Queue)} looking again every {@code pollInterval} while the queue is
     * empty (streamz's {@code sleep_time}), on {@code loop}.
     *
     * @param <T> the type of the elements
     * @param queue the queue, usually a {@link java.util.concurrent.BlockingQueue} other threads put into
     * @param pollInterval how long to wait before looking again when the queue is empty
     * @param loop the event loop
     * @return the source, not started
     */
    public static <T> Source<T> fromQueue(Queue<? extends T> queue, Duration pollInterval, EventLoop loop) {
        return new Source<>(loop, new QueueDriver<T>(queue, pollInterval));
    }

    /**
     * streamz's {@code from_textfile}: tails {@code file} from its start, each line without its
     * {@code "\n"}, polling every 0.1 s; see {@link TextFileDriver} for the end, the delimiter
     * and the poll interval.
     *
     * @param file the file
     * @return the source, not started
     */
    public static Source<String> fromTextFile(Path file) {
        return new Source<>(EventLoop.shared(), TextFileDriver.of(file));
    }

    /**
     * streamz's {@code filenames}: each file matching {@code glob}, polling every 0.1 s; see {@link FilenamesDriver}.
     *
     * @param glob the glob pattern
     * @return the source, not started
     */
    public static Source<Path> filenames(String glob) {
        return new Source<>(EventLoop.shared(), FilenamesDriver.of(glob));
    }

    /**
     * streamz's {@code from_tcp}: each {@code "\n"}-ended message any client sends to {@code port}; see {@link TcpDriver}.
     *
     * @param port the port
     * @return the source, not started
     */
    public static Source<String> fromTcp(int port) {
        return new Source<>(EventLoop.shared(), TcpDriver.of(port));
    }

    /**
     * streamz's {@code from_http_server}: the body of each POST to {@code port}; see {@link HttpServerDriver}.
     *
     * @param port the port
     * @return the source, not started
     */
    public static Source<String> fromHttpServer(int port) {
        return new Source<>(EventLoop.shared(), HttpServerDriver.of(port));
    }

    /**
     * streamz's {@code from_process}: each line {@code command} prints; see {@link ProcessDriver}.
     *
     * @param command the command and its arguments
     * @return the source, not started
     */
    public static Source<String> fromProcess(List<String> command) {
        return new Source<>(EventLoop.shared(), ProcessDriver.of(command));
    }

    /**
     * {@link #fromProcess(List)} with a command line split into words as Python's {@code shlex.split} does.
     *
     * @param commandLine the command line
     * @return {@link #fromProcess(List)} with a command line split into words as Python's {@code shlex.split} does
     */
    public static Source<String> fromProcess(String commandLine) {
        return new Source<>(EventLoop.shared(), ProcessDriver.of(commandLine));
    }

    /** {@return whether this source is stopped: built stopped, running after {@link #start()}, stopped again by {@link #stop()} or when it ran out} */
    public boolean isStopped() {
        return stopped;
    }

    /** Sets the stream name and returns this source. */
    @Override
    public Source<T> named(String name) {
        super.named(name);
        return this;
    }

    /**
     * Routes this source's own failures (an I/O error while running, an iterator or callback
     * that throws) to {@code errors} as {@link FailedElement}s with a {@code null} element,
     * instead of reporting them to the loop; the source still stops. See {@link Stream#routeFailuresTo}.
     */
    @Override
    public Source<T> routeFailuresTo(Stream<? super FailedElement> errors) {
        super.routeFailuresTo(errors);
        return this;
    }

    @Override
    boolean startNode() {
        synchronized (lifecycle) {
            if (!stopped) {
                return false;
            }
            if (driver == null) {
                stopped = false;
                return true;
            }
            SourceRun<T> run = new SourceRun<>(this);
            current = run;
            stopped = false;
            SourceDriver.Session session;
            try {
                session = driver.open(run);
            } catch (Exception e) {
                stopped = true;
                current = null;
                throw SourceRun.failure(this + " cannot start", e);
            } catch (Error e) { // not wrapped, but the source must not stay marked running without a session
                stopped = true;
                current = null;
                throw e;
            }
            if (session == null) { // what the driver scheduled sees an inactive context and emits nothing
                stopped = true;
                current = null;
                throw new NullPointerException(this + " cannot start: its driver's open returned null instead of a"
                        + " Session (return () -> {} when there is nothing to close)");
            }
            run.opened(session);
            return true;
        }
    }

    @Override
    void stopNode() {
        end(current);
    }

    /** Stops this source if {@code run} is still its session: by {@link #stop()}, or the session ending itself. */
    void end(SourceRun<T> run) {
        synchronized (lifecycle) {
            if (run == null || current != run) {
                return;
            }
            current = null;
            stopped = true;
        }
        run.close(); // outside the lock: closing may wait for a child process
    }

    /** Whether {@code run} is the running session. */
    boolean isCurrent(SourceRun<T> run) {
        return current == run;
    }

    /** The loop this source runs on (a source always has one). */
    EventLoop requireLoop() {
        return loop().orElseThrow();
    }

    @Override
    String operatorName() {
        return driver == null ? "Source" : driver.operatorName();
    }

    @Override
    String detail() {
        return driver == null ? null : driver.detail();
    }

    @Override
    String graphvizShape() {
        return "doubleoctagon";
    }
}
