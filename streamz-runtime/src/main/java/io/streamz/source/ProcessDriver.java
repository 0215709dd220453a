package io.streamz.source;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * streamz's {@code from_process}: runs a command and emits each line its standard output
 * prints, <em>without</em> the newline (streamz keeps it), as text (UTF-8 by default; streamz
 * emits bytes). What it prints after its last newline is emitted when it exits (streamz's
 * {@code with_end=True}). A reader thread waits for every line's emit stage before reading on,
 * so a slow downstream slows the child down through its pipe. When the output ends the source
 * waits for the child to exit and stops by itself; an exit code other than 0 is reported.
 * Standard error goes to this JVM's standard error, or with {@link #withStderr(boolean)} into the
 * stream. {@code start()} fails if the command cannot be run; {@code stop()} ends a running
 * child and its descendants (politely, then forcibly after {@value #GRACE_SECONDS} s), which
 * streamz does not.
 */
public final class ProcessDriver implements SourceDriver<String> {
    static final long GRACE_SECONDS = 5;

    private final List<String> command;
    private final boolean withStderr;
    private final Charset charset;
    private volatile Process process;

    private ProcessDriver(List<String> command, boolean withStderr, Charset charset) {
        this.command = List.copyOf(command);
        if (this.command.isEmpty()) {
            throw new IllegalArgumentException("fromProcess: the command is empty");
        }
        this.withStderr = withStderr;
        this.charset = Objects.requireNonNull(charset, "fromProcess: charset must not be null");
    }

    /**
     * Runs {@code command}: the program, then its arguments, used as they are.
     *
     * @param command the command and its arguments
     * @return a driver running {@code command}
     */
    public static ProcessDriver of(List<String> command) {
        return new ProcessDriver(
                Objects.requireNonNull(command, "fromProcess: command must not be null"),
                false,
                StandardCharsets.UTF_8);
    }

    /**
     * Runs {@code commandLine}, split into words as Python's {@code shlex.split} does (as streamz does):
     * quotes and backslashes group and escape, but there is no shell (no variables, pipes or
     * globs; run {@code sh -c '...'} for those).
     *
     * @param commandLine the command line
     * @return a driver running {@code commandLine}
     * @throws IllegalArgumentException on an unterminated quote
     */
    public static ProcessDriver of(String commandLine) {
        return of(CommandLine.split(Objects.requireNonNull(commandLine, "fromProcess: commandLine must not be null")));
    }

    /**
     * Whether standard error joins standard output in the stream (streamz's {@code with_stderr}).
     *
     * @param withStderr whether standard error is emitted too
     * @return a copy of this driver with that setting
     */
    public ProcessDriver withStderr(boolean withStderr) {
        return new ProcessDriver(command, withStderr, charset);
    }

    /**
     * The encoding the child prints in; malformed bytes become U+FFFD.
     *
     * @param charset the character set
     * @return a copy of this driver with that setting
     */
    public ProcessDriver charset(Charset charset) {
        return new ProcessDriver(command, withStderr, charset);
    }

    /** {@return the command, as run} */
    public List<String> command() {
        return command;
    }

    /** {@return the child of the latest {@code start()}, running or exited; empty before the first} */
    public Optional<Process> process() {
        return Optional.ofNullable(process);
    }

    @Override
    public Session open(SourceContext<String> context) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(withStderr);
        if (!withStderr) {
            builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        }
        builder.redirectInput(ProcessBuilder.Redirect.PIPE);
        Process child = builder.start();
        child.getOutputStream().close(); // the child reads end-of-file, never waits for us
        process = child;
        Thread reader = Blocking.daemon("streamz-process-" + child.pid(), () -> read(context, child));
        return () -> end(child, reader);
    }

    private void read(SourceContext<String> context, Process child) {
        RecordSplitter splitter = new RecordSplitter("\n");
        char[] buffer = new char[8192];
        try (Reader out = new InputStreamReader(child.getInputStream(), charset)) {
            for (int n = out.read(buffer); n >= 0 && context.active(); n = out.read(buffer)) {
                for (String line : splitter.add(CharBuffer.wrap(buffer, 0, n))) {
                    Blocking.await(context.emit(line));
                }
            }
            String last = splitter.takeRest();
            if (!last.isEmpty() && context.active()) {
                Blocking.await(context.emit(last));
            }
            int exit = child.waitFor();
            if (exit != 0 && context.active()) {
                context.loop().reportFailure(new IllegalStateException(context.label() + " exited with code " + exit));
            }
            context.finished();
        } catch (IOException e) {
            context.fail(e); // nothing once stop() closed the pipe
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // stop() while waiting
        }
    }

    /** Ends the child and its descendants, politely then forcibly, and the reader thread. */
    private static void end(Process child, Thread reader) {
        child.descendants().forEach(ProcessHandle::destroy);
        child.destroy();
        try {
            if (!child.waitFor(GRACE_SECONDS, TimeUnit.SECONDS)) {
                child.descendants().forEach(ProcessHandle::destroyForcibly);
                child.destroyForcibly().waitFor(GRACE_SECONDS, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            child.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        reader.interrupt();
    }

    @Override
    public String operatorName() {
        return "fromProcess";
    }

    @Override
    public String detail() {
        return String.join(" ", command);
    }
}
