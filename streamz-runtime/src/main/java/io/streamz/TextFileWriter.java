package io.streamz;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * What {@link Stream#sinkToTextFile} writes with: {@code String.valueOf(x)} and a newline per
 * element, appended to the file (created if missing) and flushed at once, so readers see every
 * element as soon as its emit returns. Closed by the sink's {@code destroy()}, or when the
 * sink is collected after leaving {@link GlobalSinks}, as streamz closes the file on deletion.
 */
final class TextFileWriter implements Consumer<Object>, Named, Runnable {
    private final Path file;
    private final BufferedWriter writer;
    private volatile IOException closeFailure;

    TextFileWriter(Path file) {
        this.file = file;
        try {
            this.writer = Files.newBufferedWriter(
                    file,
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("sinkToTextFile: cannot open " + file, e);
        }
    }

    /** Closes the file once {@code owner} is collected; the returned handle closes it earlier. */
    Cleaner.Cleanable closeWhenCollected(Object owner) {
        return Closing.CLEANER.register(owner, this);
    }

    @Override
    public void accept(Object x) {
        try {
            writer.write(String.valueOf(x));
            writer.write('\n');
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + file, e);
        }
    }

    /** Closes the file; the cleaning action, so it never throws (see {@link #rethrowCloseFailure()}). */
    @Override
    public void run() {
        try {
            writer.close();
        } catch (IOException e) {
            closeFailure = e;
        }
    }

    void rethrowCloseFailure() {
        IOException failure = closeFailure;
        if (failure != null) {
            throw new UncheckedIOException("cannot close " + file, failure);
        }
    }

    /** The cleaner's thread is started only by the first text-file sink. */
    private static final class Closing {
        static final Cleaner CLEANER = Cleaner.create();
    }

    @Override
    public String name() {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
