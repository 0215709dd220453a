package io.streamz.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.streamz.EventLoop;
import io.streamz.ListSink;
import io.streamz.Stream;
import io.streamz.VirtualTimeLoop;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new user's first steps: the README's runtime snippets compiled and run exactly as written
 * (only the variables a snippet assumes, such as {@code db} or {@code file}, are declared
 * around it), and a check that every such snippet in the README still appears verbatim in this
 * file, so that the README cannot drift from code that compiles and does what it says.
 */
class ReadmeQuickstartTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Path THIS_FILE = Path.of("src", "test", "java", "io", "streamz", "parity",
            "ReadmeQuickstartTest.java");
    /** The README sections whose Java snippets need only the runtime. */
    private static final List<String> RUNTIME_SECTIONS = List.of("## Quickstart", "## Time and back pressure");

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private PrintStream originalOut;

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

    // README, Quickstart: the seed's first example
    @Test
    void firstExample() {
        Stream<Integer> source = new Stream<>();
        source.map(x -> x + 1).sink(System.out::println);

        source.emit(1);   // prints 2
        source.emit(2);   // prints 3
        source.emit(10);  // prints 11

        assertEquals(List.of("2", "3", "11"), printedLines());
    }

    // README, Quickstart: a running total with accumulate
    @Test
    void runningTotal() {
        Stream<Integer> source = new Stream<>();
        source.accumulate(Integer::sum).sink(System.out::println);
        for (int i = 1; i <= 4; i++) source.emit(i);   // prints 1, 3, 6, 10

        assertEquals(List.of("1", "3", "6", "10"), printedLines());
    }

    // README, Time and back pressure: the seed's back-pressure example on the shared loop
    @Test
    void backPressureExample(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("events.jsonl");
        Files.write(file, List.of("{\"id\": 1}", "{\"id\": 2}", "{\"id\": 3}", "{\"id\": 4}"));
        Database db = new Database(4);

        Stream<String> source = new Stream<>(EventLoop.shared());   // the seed's Source()
        source.rateLimit(0.010)                                     // at most one line per 10 ms
              .map(Json::parse)
              .buffer(100)                                          // absorb 100 (+1 being written)
              .sinkAsync(db::write);                                // write returns a CompletionStage

        for (String line : Files.readAllLines(file)) {
            source.emit(line).toCompletableFuture().join();         // the seed's `await source.emit(line)`
        }

        db.allWritten.get(10, TimeUnit.SECONDS);
        assertEquals(List.of(1, 2, 3, 4), db.ids());
    }

    // README, Time and back pressure: delay on a virtual clock
    @Test
    void virtualTimeExample() {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Stream<String> source = new Stream<>(loop);
        ListSink<String> out = source.delay(2).sinkToList();
        loop.advanceTo(Duration.ofSeconds(5));  source.emit("p");
        loop.advanceTo(Duration.ofSeconds(10)); source.emit("q");
        loop.advanceBy(Duration.ofSeconds(2));  // out is [p, q]: p left at 7 s, q at 12 s

        assertEquals(List.of("p", "q"), out);
        assertEquals(Duration.ofSeconds(12), loop.now());
    }

    // README, Time and back pressure table: buffer(2) before a 1 s sink resolves 0,0,0,1,2,3
    @Test
    void bufferRowOfTheTable() {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Stream<Integer> source = new Stream<>(loop);
        source.buffer(2).sinkAsync(x -> after(loop, Duration.ofSeconds(1)));
        assertEquals(List.of(0L, 0L, 0L, 1L, 2L, 3L), awaitedEmitTimes(loop, source, 6));
    }

    // README, Time and back pressure table: mapAsync, p = 3, calls of 1 s: six awaited emits resolve at 0,0,0,1,1,1
    @Test
    void mapAsyncRowOfTheTable() {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Stream<Integer> source = new Stream<>(loop);
        source.mapAsync(x -> after(loop, Duration.ofSeconds(1)).thenApply(ignored -> x), 3).sinkToList();
        assertEquals(List.of(0L, 0L, 0L, 1L, 1L, 1L), awaitedEmitTimes(loop, source, 6));
    }

    // every runtime snippet of the README is one of the snippets above, word for word
    @Test
    void everyRuntimeSnippetOfTheReadmeIsCompiledHere() throws IOException {
        List<String> thisFile = normalized(Files.readString(THIS_FILE));
        List<List<String>> snippets = runtimeSnippets(Files.readString(README));
        assertFalse(snippets.isEmpty(), "no Java snippets found in " + RUNTIME_SECTIONS);
        for (List<String> snippet : snippets) {
            List<String> body = new ArrayList<>();
            for (String line : snippet) {
                if (line.startsWith("import ")) {
                    assertTrue(thisFile.contains(line), "README imports what this test does not: " + line);
                } else {
                    body.add(line);
                }
            }
            assertTrue(Collections.indexOfSubList(thisFile, body) >= 0,
                    "this README snippet is not compiled and run by " + THIS_FILE + ":\n" + String.join("\n", snippet));
        }
    }

    private static List<Long> awaitedEmitTimes(VirtualTimeLoop loop, Stream<Integer> source, int count) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            loop.await(source.emit(i));
            times.add(loop.now().toSeconds());
        }
        return times;
    }

    private static CompletableFuture<Void> after(EventLoop loop, Duration latency) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        loop.schedule(latency, () -> done.complete(null));
        return done;
    }

    /** The ```java blocks of the runtime sections, each as its normalized lines. */
    private static List<List<String>> runtimeSnippets(String readme) {
        List<List<String>> snippets = new ArrayList<>();
        String section = "";
        boolean inJava = false;
        List<String> current = new ArrayList<>();
        for (String line : readme.split("\\R")) {
            if (!inJava && line.startsWith("## ")) {
                section = line.trim();
            } else if (!inJava && line.startsWith("```java")) {
                inJava = true;
                current = new ArrayList<>();
            } else if (inJava && line.startsWith("```")) {
                inJava = false;
                if (RUNTIME_SECTIONS.contains(section)) {
                    snippets.add(normalized(String.join("\n", current)));
                }
            } else if (inJava) {
                current.add(line);
            }
        }
        return snippets;
    }

    /** Lines without their indentation, blank lines dropped. */
    private static List<String> normalized(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String stripped = line.strip();
            if (!stripped.isEmpty()) {
                lines.add(stripped);
            }
        }
        return lines;
    }

    /** The README's {@code Json::parse}: one JSON line to a tree. */
    private static final class Json {
        private static final ObjectMapper MAPPER = new ObjectMapper();

        static JsonNode parse(String line) {
            try {
                return MAPPER.readTree(line);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The README's {@code db}: writes complete on another thread, as a real client's would. */
    private static final class Database {
        private final List<JsonNode> rows = Collections.synchronizedList(new ArrayList<>());
        private final int expected;
        final CompletableFuture<Void> allWritten = new CompletableFuture<>();

        Database(int expected) {
            this.expected = expected;
        }

        CompletionStage<Void> write(JsonNode row) {
            return CompletableFuture.runAsync(() -> {
                rows.add(row);
                if (rows.size() == expected) {
                    allWritten.complete(null);
                }
            });
        }

        List<Integer> ids() {
            List<Integer> ids = new ArrayList<>();
            synchronized (rows) {
                for (JsonNode row : rows) {
                    ids.add(row.get("id").asInt());
                }
            }
            return ids;
        }
    }

    /** Guards the normalizer against a README whose snippets are indented differently. */
    @Test
    void normalizedIgnoresIndentationAndBlankLines() {
        assertEquals(List.of("a", ".b"), normalized("  a\n\n      .b  \n"));
    }
}
