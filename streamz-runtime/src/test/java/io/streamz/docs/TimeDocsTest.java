package io.streamz.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.streamz.EventLoop;
import io.streamz.ListSink;
import io.streamz.Stream;
import io.streamz.VirtualTimeLoop;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java snippets of {@code docs/time-and-back-pressure.md}, compiled and run word for word
 * (only the variables a snippet assumes, such as {@code db} or {@code file}, are declared around
 * it), and the behaviour its table states. {@code DocumentationTest} (streamz-it) checks that the
 * snippets still appear here verbatim.
 */
class TimeDocsTest {
    // docs/time-and-back-pressure.md: streamz's back-pressure example on the shared loop
    @Test
    void backPressureExample(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("events.jsonl");
        Files.write(file, List.of("{\"id\": 1}", "{\"id\": 2}", "{\"id\": 3}", "{\"id\": 4}"));
        Database db = new Database(4);

        Stream<String> source = new Stream<>(EventLoop.shared());   // streamz's Source()
        source.rateLimit(0.010)                                     // at most one line per 10 ms
              .map(Json::parse)
              .buffer(100)                                          // absorb 100 (+1 being written)
              .sinkAsync(db::write);                                // write returns a CompletionStage

        for (String line : Files.readAllLines(file)) {
            source.emit(line).toCompletableFuture().join();         // streamz's `await source.emit(line)`
        }

        db.allWritten.get(10, TimeUnit.SECONDS);
        assertEquals(List.of(1, 2, 3, 4), db.ids());
    }

    // docs/time-and-back-pressure.md: delay on a virtual clock
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

    // docs/time-and-back-pressure.md, the table: buffer(2) before a 1 s sink resolves 0,0,0,1,2,3
    @Test
    void bufferRowOfTheTable() {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Stream<Integer> source = new Stream<>(loop);
        source.buffer(2).sinkAsync(x -> after(loop, Duration.ofSeconds(1)));
        assertEquals(List.of(0L, 0L, 0L, 1L, 2L, 3L), awaitedEmitTimes(loop, source, 6));
    }

    // docs/time-and-back-pressure.md, the table: mapAsync, p = 3, calls of 1 s: six awaited emits resolve at 0,0,0,1,1,1
    @Test
    void mapAsyncRowOfTheTable() {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Stream<Integer> source = new Stream<>(loop);
        source.mapAsync(x -> after(loop, Duration.ofSeconds(1)).thenApply(ignored -> x), 3).sinkToList();
        assertEquals(List.of(0L, 0L, 0L, 1L, 1L, 1L), awaitedEmitTimes(loop, source, 6));
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

    /** The snippet's {@code Json::parse}: one JSON line to a tree. */
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

    /** The snippet's {@code db}: writes complete on another thread, as a real client's would. */
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
}
