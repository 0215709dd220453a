package io.streamz.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.ListSink;
import io.streamz.Source;
import io.streamz.VirtualTimeLoop;
import io.streamz.source.TextFileDriver;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java snippets of {@code docs/sources.md}, compiled and run word for word, with what they
 * claim checked. {@code DocumentationTest} (streamz-it) checks that they still appear here verbatim.
 */
class SourcesDocsTest {
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final VirtualTimeLoop loop = new VirtualTimeLoop();
    private PrintStream originalOut;

    @TempDir
    Path dir;

    @BeforeEach
    void captureSystemOut() {
        originalOut = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreSystemOut() {
        System.setOut(originalOut);
    }

    private List<String> printedLines() {
        String text = printed.toString(StandardCharsets.UTF_8);
        return text.isEmpty() ? List.of() : List.of(text.split("\\R"));
    }

    // docs/sources.md, Lifecycle
    @Test
    void lifecycle() throws IOException, InterruptedException {
        Path file = Files.writeString(dir.resolve("in.txt"), "one\nthree\n");

        Source<String> lines = Source.fromTextFile(file);
        ListSink<Integer> lengths = lines.map(String::length).sinkToList();
        lengths.sink().start();                    // start() on any node starts every source upstream

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (lengths.size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        assertEquals(List.of(3, 5), lengths.snapshot());
        lines.stop();
        assertTrue(lines.isStopped());
    }

    // docs/sources.md, Back pressure
    @Test
    void backPressure() {
        Source<Integer> numbers = Source.fromIterable(List.of(1, 2, 3), loop);
        numbers.rateLimit(Duration.ofSeconds(1)).sink(System.out::println);
        numbers.start();
        loop.advanceBy(Duration.ofSeconds(5));     // prints 1, 2, 3: one a second, the iterable waits

        assertEquals(List.of("1", "2", "3"), printedLines());
    }

    // docs/sources.md, The sources one by one: fromTextFile
    @Test
    void tailAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("log.txt"), "before;");

        Source<String> tail = new Source<>(loop, TextFileDriver.of(file)
                .fromEnd(true)
                .delimiter(";")
                .pollInterval(Duration.ofMillis(10)));
        ListSink<String> records = tail.sinkToList();
        tail.start();
        Files.writeString(file, "a;b;partial", StandardOpenOption.APPEND);
        loop.advanceBy(Duration.ofMillis(10));     // records: [a, b]; "partial" waits for its ";"

        assertEquals(List.of("a", "b"), records.snapshot());
        Files.writeString(file, ";", StandardOpenOption.APPEND);
        loop.advanceBy(Duration.ofMillis(10));
        assertEquals(List.of("a", "b", "partial"), records.snapshot());
    }

    // docs/sources.md, Your own source
    @Test
    void yourOwnSource() {
        Source<String> greetings = new Source<>(loop, context -> {
            context.loop().execute(() -> context.emit("hello").thenRun(context::finished));
            return () -> {};
        });
        greetings.sink(System.out::println);
        greetings.start();
        loop.runDue();                             // prints hello; the source has stopped

        assertEquals(List.of("hello"), printedLines());
        assertTrue(greetings.isStopped());
    }
}
