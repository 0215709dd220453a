package io.streamz.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * streamz's {@code from_textfile}: tails a text file, emitting each complete record (text
 * ending with the delimiter, {@code "\n"} by default) <em>without</em> its delimiter (streamz
 * keeps it). A partial last record is held until the rest of it is written. Reads from the
 * start of the file, or with {@link #fromEnd(boolean)} only what is appended after
 * {@code start()}; when nothing new is there it looks again every poll interval (0.1 s by
 * default). A file that shrinks below what was read (truncated) is read again from its start. A
 * file replaced at the path (deleted and created again, or rotated) is read to its end, its partial
 * last record emitted, then the new one is read from its start; while the path names no file, the
 * source waits for one.
 * {@code start()} fails if the file does not exist or is not a regular file; an I/O error while
 * reading stops the source and is reported. Immutable: the {@code with}-style methods return a
 * new driver.
 */
public final class TextFileDriver implements SourceDriver<String> {
    static final Duration DEFAULT_POLL = Duration.ofMillis(100);
    private static final int CHUNK = 64 * 1024;

    private final Path file;
    private final boolean fromEnd;
    private final Duration pollInterval;
    private final String delimiter;
    private final Charset charset;

    private TextFileDriver(Path file, boolean fromEnd, Duration pollInterval, String delimiter, Charset charset) {
        this.file = Objects.requireNonNull(file, "fromTextFile: file must not be null");
        this.fromEnd = fromEnd;
        this.pollInterval = Texts.positive(pollInterval, "fromTextFile: pollInterval");
        this.delimiter = RecordSplitter.requireDelimiter(delimiter);
        this.charset = Objects.requireNonNull(charset, "fromTextFile: charset must not be null");
    }

    /**
     * Tails {@code file} from its start, records ending with {@code "\n"}, UTF-8, polling every 0.1 s.
     *
     * @param file the file
     * @return a driver tailing {@code file}
     */
    public static TextFileDriver of(Path file) {
        return new TextFileDriver(file, false, DEFAULT_POLL, "\n", StandardCharsets.UTF_8);
    }

    /**
     * Whether to skip what the file holds at {@code start()} and emit only what is appended.
     *
     * @param fromEnd whether to start at the end of the file
     * @return a copy of this driver with that setting
     */
    public TextFileDriver fromEnd(boolean fromEnd) {
        return new TextFileDriver(file, fromEnd, pollInterval, delimiter, charset);
    }

    /**
     * How long to wait before looking again when the file had nothing new.
     *
     * @param pollInterval how often to look for new lines
     * @return a copy of this driver with that setting
     */
    public TextFileDriver pollInterval(Duration pollInterval) {
        return new TextFileDriver(file, fromEnd, pollInterval, delimiter, charset);
    }

    /**
     * The text that ends a record, e.g. {@code "\r\n"} or {@code ";"}.
     *
     * @param delimiter what ends a record
     * @return a copy of this driver with that setting
     */
    public TextFileDriver delimiter(String delimiter) {
        return new TextFileDriver(file, fromEnd, pollInterval, delimiter, charset);
    }

    /**
     * The file's encoding; malformed bytes become U+FFFD.
     *
     * @param charset the character set
     * @return a copy of this driver with that setting
     */
    public TextFileDriver charset(Charset charset) {
        return new TextFileDriver(file, fromEnd, pollInterval, delimiter, charset);
    }

    @Override
    public Session open(SourceContext<String> context) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + " is not a regular file");
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        Tail tail = new Tail(context, channel, identity(channel), fromEnd ? channel.size() : 0);
        context.loop().execute(tail::poll);
        return tail;
    }

    @Override
    public String operatorName() {
        return "fromTextFile";
    }

    @Override
    public String detail() {
        return file.toString();
    }

    /**
     * What identifies the file open on {@code channel} (its device and inode on Unix), read from
     * the path right after opening, or {@code null} where the platform has no file keys.
     */
    private Object identity(FileChannel channel) throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }

    /** One running tail: its channel, position, decoder and held partial record. */
    private final class Tail implements Session {
        private final SourceContext<String> context;
        private FileChannel channel;
        /** {@link #identity} of the file being read: another one at the path replaced it. */
        private Object fileKey;

        private final CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        private final ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
        private final CharBuffer chars = CharBuffer.allocate(CHUNK);
        private final RecordSplitter splitter = new RecordSplitter(delimiter);
        private long position;

        Tail(SourceContext<String> context, FileChannel channel, Object fileKey, long position) {
            this.context = context;
            this.channel = channel;
            this.fileKey = fileKey;
            this.position = position;
        }

        /** Reads what is new, emits the records it completes one by one, then reads again or sleeps. */
        void poll() {
            if (!context.active()) {
                return;
            }
            List<String> records;
            boolean readSome;
            try {
                int read = readChunk();
                readSome = read > 0;
                records = readSome ? splitter.add(decode()) : List.of();
                if (!readSome && replaced()) {
                    records = followSuccessor();
                    readSome = true; // read the new file at once
                }
            } catch (IOException e) {
                context.fail(e);
                return;
            }
            Runnable next = readSome
                    ? () -> context.loop().execute(this::poll)
                    : () -> context.loop().schedule(pollInterval, this::poll);
            Sequential.emitAll(context, records.iterator(), next);
        }

        private int readChunk() throws IOException {
            if (channel.size() < position) {
                position = 0; // truncated: read it again from its start
                splitter.clear();
                bytes.clear();
                decoder.reset();
            }
            int read = channel.read(bytes, position);
            if (read > 0) {
                position += read;
            }
            return read;
        }

        /**
         * Whether another file now has the path (deleted and created again, or rotated: renamed
         * away and a new one created). A path that names nothing is waited for: it may come back.
         */
        private boolean replaced() throws IOException {
            if (fileKey == null) {
                return false;
            }
            try {
                return !fileKey.equals(
                        Files.readAttributes(file, BasicFileAttributes.class).fileKey());
            } catch (NoSuchFileException gone) {
                return false;
            }
        }

        /**
         * Switches to the file that took the path, read from its start; the old file has ended, so
         * its partial last record is returned as its last record (as a TCP client's when it disconnects).
         */
        private List<String> followSuccessor() throws IOException {
            FileChannel next = FileChannel.open(file, StandardOpenOption.READ);
            Object nextKey = identity(next);
            close();
            channel = next;
            fileKey = nextKey;
            position = 0;
            bytes.clear();
            decoder.reset();
            String rest = splitter.takeRest();
            return rest.isEmpty() ? List.of() : List.of(rest);
        }

        /** Decodes the bytes read so far, keeping an incomplete multi-byte character for the next chunk. */
        private CharSequence decode() {
            bytes.flip();
            chars.clear();
            decoder.decode(bytes, chars, false);
            bytes.compact();
            chars.flip();
            return chars;
        }

        @Override
        public void close() {
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing a file opened for reading loses nothing
            }
        }
    }
}
