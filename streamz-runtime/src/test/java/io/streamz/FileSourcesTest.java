package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.source.FilenamesDriver;
import io.streamz.source.TextFileDriver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fromTextFile} and {@code filenames} on real files, polled on virtual time. */
class FileSourcesTest {
    private final VirtualTimeLoop loop = new VirtualTimeLoop();

    @TempDir
    Path dir;

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private Source<String> tail(TextFileDriver driver) {
        return new Source<>(loop, driver);
    }

    // test_core.py::test_from_file (records come without their "\n": a Java deviation)
    @Test
    void tailsAFileFromItsStart() throws IOException {
        Path file = dir.resolve("in.json");
        append(file, "{\"x\": 1}\n{\"x\": 2}\n{\"x\": 3}\n");
        Source<String> source = tail(TextFileDriver.of(file).pollInterval(Duration.ofMillis(10)));
        ListSink<String> out = source.sinkToList();
        assertEquals(List.of(), out);
        source.start();
        loop.runDue();
        assertEquals(List.of("{\"x\": 1}", "{\"x\": 2}", "{\"x\": 3}"), out);

        append(file, "{\"x\": 4}\n{\"x\": 5}\n");
        loop.advanceBy(0.009);
        assertEquals(3, out.size(), "not polled again yet");
        loop.advanceBy(0.001);
        assertEquals(List.of("{\"x\": 1}", "{\"x\": 2}", "{\"x\": 3}", "{\"x\": 4}", "{\"x\": 5}"), out);
        assertEquals("<fromTextFile: " + file + ">", source.toString());
    }

    // test_core.py::test_from_file_end
    @Test
    void fromTheEndEmitsOnlyWhatIsAppended() throws IOException {
        Path file = dir.resolve("log");
        append(file, "data1\n");
        Source<String> source = tail(TextFileDriver.of(file).fromEnd(true));
        ListSink<String> out = source.sinkToList();
        source.start();
        loop.advanceBy(1.0);
        assertEquals(List.of(), out);
        append(file, "data2\n");
        loop.advanceBy(0.1);
        assertEquals(List.of("data2"), out);
    }

    @Test
    void aPartialLastRecordIsHeldUntilComplete() throws IOException {
        Path file = dir.resolve("partial");
        append(file, "one\ntw");
        Source<String> source = tail(TextFileDriver.of(file));
        ListSink<String> out = source.sinkToList();
        source.start();
        loop.advanceBy(0.5);
        assertEquals(List.of("one"), out);
        append(file, "o\n\nthr");
        loop.advanceBy(0.1);
        assertEquals(List.of("one", "two", ""), out, "an empty line is an empty record");
        append(file, "ee\n");
        loop.advanceBy(0.1);
        assertEquals(List.of("one", "two", "", "three"), out);
    }

    @Test
    void aCustomDelimiterMayBeLongerThanOneCharacterAndSplitAcrossWrites() throws IOException {
        Path file = dir.resolve("records");
        append(file, "a;;b;");
        Source<String> source = tail(TextFileDriver.of(file).delimiter(";;"));
        ListSink<String> out = source.sinkToList();
        source.start();
        loop.runDue();
        assertEquals(List.of("a"), out);
        append(file, ";c\n;;");
        loop.advanceBy(0.1);
        assertEquals(List.of("a", "b", "c\n"), out);
    }

    @Test
    void multiByteCharactersSurviveAnyChunking() throws IOException {
        Path file = dir.resolve("utf8");
        byte[] euro = "€\n".getBytes(StandardCharsets.UTF_8); // 3 bytes and a newline
        Files.write(file, new byte[] {euro[0]});
        Source<String> source = tail(TextFileDriver.of(file));
        ListSink<String> out = source.sinkToList();
        source.start();
        loop.runDue();
        Files.write(file, new byte[] {euro[1], euro[2], euro[3]}, StandardOpenOption.APPEND);
        loop.advanceBy(0.1);
        assertEquals(List.of("€"), out);
    }

    @Test
    void aTruncatedFileIsReadAgainFromItsStart() throws IOException {
        Path file = dir.resolve("rotating");
        append(file, "old 1\nold 2\n");
        Source<String> source = tail(TextFileDriver.of(file));
        ListSink<String> out = source.sinkToList();
        source.start();
        loop.runDue();
        Files.writeString(file, "new\n");
        loop.advanceBy(0.1);
        assertEquals(List.of("old 1", "old 2", "new"), out);
    }

    @Test
    void aFileDeletedAndCreatedAgainIsFollowedFromItsStart() throws IOException {
        // it kept reading the deleted file for ever: what was written to the new one never came
        Path file = dir.resolve("app.log");
        append(file, "one\ntwo\n");
        Source<String> source = tail(TextFileDriver.of(file).pollInterval(Duration.ofMillis(10)));
        ListSink<String> out = source.sinkToList();
        source.start();
        loop.runDue();
        Files.delete(file);
        loop.advanceBy(0.05);
        assertEquals(List.of("one", "two"), out);
        assertTrue(!source.isStopped(), "a deleted file may come back: the source waits for it");
        append(file, "three\n");
        loop.advanceBy(0.01);
        assertEquals(List.of("one", "two", "three"), out);
        append(file, "four\n");
        loop.advanceBy(0.01);
        assertEquals(List.of("one", "two", "three", "four"), out);
        assertEquals(List.of(), loop.failures());
    }

    @Test
    void aRotatedFileIsFinishedThenItsSuccessorReadFromItsStart() throws IOException {
        // logrotate's create mode: the file is renamed away, written to once more, and a new one
        // takes its path; the old file's last partial record ends with it
        Path file = dir.resolve("rotated.log");
        append(file, "a\n");
        Source<String> source = tail(TextFileDriver.of(file).pollInterval(Duration.ofMillis(10)));
        ListSink<String> out = source.sinkToList();
        source.start();
        loop.runDue();
        Path old = dir.resolve("rotated.log.1");
        Files.move(file, old);
        append(old, "b\nlast");
        append(file, "c\n");
        loop.advanceBy(0.01);
        loop.advanceBy(0.01);
        assertEquals(List.of("a", "b", "last", "c"), out);
        assertEquals(List.of(), loop.failures());
    }

    @Test
    void eachRecordWaitsForThePreviousOnesEmit() throws IOException {
        Path file = dir.resolve("slow");
        append(file, "a\nb\nc\n");
        Source<String> source = tail(TextFileDriver.of(file));
        List<CompletableFuture<Void>> writes = new ArrayList<>();
        List<String> written = new ArrayList<>();
        source.sinkAsync(x -> {
            written.add(x);
            CompletableFuture<Void> write = new CompletableFuture<>();
            writes.add(write);
            return write;
        });
        source.start();
        loop.advanceBy(1.0);
        assertEquals(List.of("a"), written);
        writes.get(0).complete(null);
        loop.runDue();
        assertEquals(List.of("a", "b"), written);
    }

    @Test
    void stopAndStartDoNotReadTwice() throws IOException {
        Path file = dir.resolve("twice");
        append(file, "1\n");
        Source<String> source = tail(TextFileDriver.of(file));
        ListSink<String> out = source.sinkToList();
        source.start();
        loop.runDue();
        source.stop();
        append(file, "2\n");
        loop.advanceBy(1.0);
        assertEquals(List.of("1"), out, "stopped: nothing read");
        source.start();
        loop.advanceBy(1.0);
        assertEquals(List.of("1", "1", "2"), out, "a restart opens the file anew, from its start");
    }

    @Test
    void aMissingFileFailsAtStartNamingTheSource() {
        Path missing = dir.resolve("missing.txt");
        Source<String> source = tail(TextFileDriver.of(missing));
        UncheckedIOException e = assertThrows(UncheckedIOException.class, source::start);
        assertEquals(
                "<fromTextFile: " + missing + "> cannot start: java.nio.file.NoSuchFileException: " + missing
                        + ": no such file",
                e.getMessage());
        assertTrue(source.isStopped());
    }

    @Test
    void aDirectoryIsNotATextFile() {
        Source<String> source = tail(TextFileDriver.of(dir));
        UncheckedIOException e = assertThrows(UncheckedIOException.class, source::start);
        assertTrue(e.getMessage().endsWith(dir + " is not a regular file"), e.getMessage());
    }

    @Test
    void badOptionsFailWhenBuilt() {
        TextFileDriver driver = TextFileDriver.of(dir.resolve("x"));
        assertThrows(IllegalArgumentException.class, () -> driver.delimiter(""));
        assertThrows(IllegalArgumentException.class, () -> driver.pollInterval(Duration.ZERO));
        assertThrows(NullPointerException.class, () -> driver.charset(null));
    }

    // test_core.py::test_filenames
    @Test
    void filenamesEmitsEveryFileInADirectoryThenTheNewOnes() throws IOException {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.createFile(in.resolve("b"));
        Files.createFile(in.resolve("a"));
        Source<Path> source = new Source<>(loop, FilenamesDriver.of(in.toString()));
        ListSink<Path> out = source.sinkToList();
        source.start();
        loop.runDue();
        assertEquals(List.of(in.resolve("a"), in.resolve("b")), out);
        Files.createFile(in.resolve("c"));
        loop.advanceBy(0.1);
        assertEquals(List.of(in.resolve("a"), in.resolve("b"), in.resolve("c")), out);
        assertEquals("<filenames: " + in.resolve("*") + ">", source.toString());
    }

    @Test
    void filenamesMatchesAGlobAndEmitsAFileOnceAcrossRestarts() throws IOException {
        Files.createFile(dir.resolve("1.csv"));
        Files.createFile(dir.resolve("2.txt"));
        Files.createDirectories(dir.resolve("sub"));
        Files.createFile(dir.resolve("sub/3.csv"));
        Source<Path> source = new Source<>(loop, FilenamesDriver.of(dir + "/*.csv"));
        ListSink<Path> out = source.sinkToList();
        source.start();
        loop.runDue();
        assertEquals(List.of(dir.resolve("1.csv")), out, "* stays within its directory");
        source.stop();
        Files.createFile(dir.resolve("4.csv"));
        source.start();
        loop.runDue();
        assertEquals(List.of(dir.resolve("1.csv"), dir.resolve("4.csv")), out);

        Source<Path> deep = new Source<>(loop, FilenamesDriver.of(dir + "/**.csv"));
        ListSink<Path> all = deep.sinkToList();
        deep.start();
        loop.runDue();
        assertEquals(List.of(dir.resolve("1.csv"), dir.resolve("4.csv"), dir.resolve("sub/3.csv")), all);
    }

    @Test
    void filenamesFailsAtStartWithoutItsDirectory() {
        Source<Path> source = new Source<>(loop, FilenamesDriver.of(dir + "/nope/*.csv"));
        UncheckedIOException e = assertThrows(UncheckedIOException.class, source::start);
        assertTrue(e.getMessage().contains("no such directory"), e.getMessage());
        assertTrue(source.isStopped());
    }
}
