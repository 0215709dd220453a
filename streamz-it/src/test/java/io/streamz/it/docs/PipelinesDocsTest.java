package io.streamz.it.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.streamz.GlobalSinks;
import io.streamz.VirtualTimeLoop;
import io.streamz.it.time.Directory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Java snippets of {@code docs/pipelines.md} that use a pipeline, run word for word (only
 * what a snippet assumes, such as {@code db} or {@code lines}, is declared around it). The
 * interfaces are in this package; the generated-code excerpt is checked against the processor's
 * golden file by {@code DocumentationTest}.
 */
class PipelinesDocsTest {
    @AfterEach
    void forgetInterpretedSinks() {
        GlobalSinks.clear();
    }

    // docs/pipelines.md, A first pipeline: fused, then the interpreted twin
    @Test
    void firstPipeline() {
        List<String> printed = SystemOut.capture(() -> {
            Totals totals = Streamz_Totals.builder().out(total -> System.out.println(total)).build();
            totals.emit("150");   // prints 150
            totals.emit("20");    // filtered out
            totals.emit("101");   // prints 251
            Totals twin = Streamz_Totals.builder().out(System.out::println).buildInterpreted();

            twin.emit("150");
            twin.emit("20");
            twin.emit("101");
        });
        assertEquals(List.of("150", "251", "150", "251"), printed);
    }

    // docs/pipelines.md, Time and buffer stages: a buffer then a delay on a virtual clock
    @Test
    void ingestOnAVirtualClock() {
        List<String> printed = SystemOut.capture(() -> {
            VirtualTimeLoop loop = new VirtualTimeLoop();               // tests; default EventLoop.shared()
            Ingest ingest = Streamz_Ingest.builder().loop(loop).out(System.out::println).build();
            loop.await(ingest.emit("1"));                               // resolves once the buffer took it
            loop.advanceBy(Duration.ofMillis(250));                     // prints 1

            assertEquals(Duration.ofMillis(250), loop.now());
        });
        assertEquals(List.of("1"), printed);
    }

    // docs/pipelines.md, Asynchronous sinks and mapAsync: streamz's back-pressure example
    @Test
    void writeToDatabase() {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Database db = new Database();
        List<String> lines = List.of("1, alice", "2, bob", "3, carol");

        WriteToDatabase source = Streamz_WriteToDatabase.builder().loop(loop).writeToDatabase(db::write).build();
        for (String line : lines) loop.await(source.emit(line));   // streamz's `await source.emit(line)`

        assertEquals(Duration.ofMillis(20), loop.now(), "one line per 10 ms");
        loop.runDue();
        assertEquals(List.of(1, 2, 3), db.rows);
    }

    // docs/pipelines.md, Asynchronous sinks and mapAsync: @MapAsync(3)
    @Test
    void lookups() {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Directory.use(id -> {
            CompletableFuture<String> name = new CompletableFuture<>();
            loop.schedule(Duration.ofMillis(100 - id), () -> name.complete("user-" + id));
            return name;
        });
        List<String> stored = new ArrayList<>();
        Lookups lookups = Streamz_Lookups.builder()
                .loop(loop)
                .store(name -> {
                    stored.add(name);
                    return CompletableFuture.completedFuture(null);
                })
                .build();
        for (String line : List.of("1", "2", "3")) {
            loop.await(lookups.emit(line));
        }
        loop.advanceBy(Duration.ofSeconds(1));
        assertEquals(List.of("user-1", "user-2", "user-3"), stored, "in input order, though 3 answered first");
    }

    /** The snippet's {@code db}: stores each row at once. */
    private static final class Database {
        final List<Integer> rows = new ArrayList<>();

        CompletionStage<Void> write(int id) {
            rows.add(id);
            return CompletableFuture.completedFuture(null);
        }
    }
}
