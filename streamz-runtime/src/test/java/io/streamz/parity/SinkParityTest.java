package io.streamz.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.GlobalSinks;
import io.streamz.ListSink;
import io.streamz.ScheduledEventLoop;
import io.streamz.Sink;
import io.streamz.Stream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** streamz's {@code tests/test_sinks.py}: sinks with arguments, names, text files, and destroying a sink. */
class SinkParityTest {

    // test_sinks.py::test_sink_with_args_and_kwargs (sink(f, "cat", "super", stream_name="test")):
    // one extra argument is passed, the prefix is captured, and the name is set with named()
    @Test
    void sinkWithArgsAndKwargs() {
        Map<String, List<Integer>> seen = new HashMap<>();
        String prefix = "super";
        BiConsumer<Integer, String> mycustomsink = (elem, key) ->
                seen.computeIfAbsent(prefix + key, unused -> new ArrayList<>()).add(elem);
        Stream<Integer> s = new Stream<>();
        Sink<Integer> sink = s.sink(mycustomsink, "cat").named("test");
        s.emit(1);
        s.emit(2);
        assertEquals(List.of(1, 2), seen.get("supercat"));
        assertEquals("test", sink.name());
        assertEquals("<test; sink: <lambda>>", sink.toString());
        sink.destroy();
    }

    // test_sinks.py::test_sink_destroy: a destroyed sink leaves the registry and can be collected
    @Test
    void sinkDestroy() throws InterruptedException {
        Stream<Integer> source = new Stream<>();
        Sink<Integer> sink = source.sink(x -> {});
        assertTrue(GlobalSinks.contains(sink));
        WeakReference<Sink<Integer>> ref = new WeakReference<>(sink);
        sink.destroy();
        assertFalse(GlobalSinks.contains(sink));
        assertEquals(List.of(), source.downstreams());
        sink = null;
        assertTrue(collected(ref), "a destroyed sink must be collectable");
    }

    // test_sinks.py::test_sink_destroy, the other way round: an undestroyed sink survives without a reference
    @Test
    void sinkWithoutReferenceStaysAlive() {
        Stream<Integer> source = new Stream<>();
        List<Integer> seen = new ArrayList<>();
        source.map(x -> x * 2).sink(seen::add);
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        source.emit(21);
        assertEquals(List.of(42), seen);
        for (Sink<?> sink : GlobalSinks.all()) {
            if (sink.upstreams().size() == 1
                    && sink.upstreams().get(0).upstreams().contains(source)) {
                sink.destroy();
            }
        }
        source.emit(1);
        assertEquals(List.of(42), seen);
    }

    // streamz issue #147 (sink_to_list gives no handle): ours can be destroyed, and a second destroy is an error
    @Test
    void sinkToListDestroy() {
        Stream<Integer> source = new Stream<>();
        ListSink<Integer> out = source.sinkToList();
        source.emit(1);
        out.destroy();
        source.emit(2);
        assertEquals(List.of(1), out);
        assertFalse(GlobalSinks.contains(out.sink()));
        IllegalStateException e = assertThrows(IllegalStateException.class, out::destroy);
        assertEquals("<sink: append> is already destroyed", e.getMessage());
    }

    // test_sinks.py::test_sink_to_textfile_named
    @Test
    void sinkToTextfileNamed(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out.txt");
        Stream<Integer> source = new Stream<>();
        Sink<String> sink = source.map(String::valueOf).sinkToTextFile(file);
        source.emit(0);
        source.emit(1);
        assertEquals("0\n1\n", Files.readString(file), "flushed after every element");
        assertEquals("<sink: out.txt>", sink.toString());
        sink.destroy();
    }

    // test_sinks.py::test_sink_to_textfile_fp (an open file object): ours appends to what the file holds
    @Test
    void sinkToTextfileFp(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out.txt");
        Files.writeString(file, "header\n");
        Stream<Object> source = new Stream<>();
        Sink<Object> sink = source.sinkToTextFile(file);
        source.emit(0);
        source.emit(null);
        assertEquals("header\n0\nnull\n", Files.readString(file));
        sink.destroy();
    }

    // test_sinks.py::test_sink_to_textfile_closes and test_core.py::test_sink_to_file: destroying the
    // sink closes the file and ends the writing; a file that cannot be opened fails at once
    @Test
    void sinkToTextfileCloses(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out.txt");
        Stream<String> source = new Stream<>();
        Sink<String> sink = source.sinkToTextFile(file);
        source.emit("a");
        source.emit("b");
        sink.destroy();
        assertFalse(GlobalSinks.contains(sink));
        source.emit("c");
        assertEquals("a\nb\n", Files.readString(file));
        assertThrows(IllegalStateException.class, sink::destroy);

        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> source.sinkToTextFile(dir));
        assertEquals("sinkToTextFile: cannot open " + dir, e.getMessage());
        assertEquals(List.of(), source.downstreams());
    }

    // destroying a text-file sink from outside its loop, while the loop is writing, closes the file
    // on the loop after the write in progress: whole lines in order, and no write to a closed file
    @Test
    void sinkToTextfileOnALoopDestroyedFromAnotherThread(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("out.txt");
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        try (ScheduledEventLoop loop = new ScheduledEventLoop("parity-file-loop", failures::add)) {
            Stream<Integer> source = new Stream<>(loop);
            Sink<Integer> sink = source.sinkToTextFile(file);
            List<CompletableFuture<Void>> emits = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                emits.add(source.emit(i).toCompletableFuture());
            }
            sink.destroy();
            loop.await(CompletableFuture.supplyAsync(() -> null, loop)); // everything queued before has run
            assertTrue(emits.stream().noneMatch(CompletableFuture::isCompletedExceptionally));
            assertEquals(List.of(), failures);
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                assertEquals(String.valueOf(i), lines.get(i));
            }
        }
    }

    private static boolean collected(WeakReference<?> ref) throws InterruptedException {
        for (int attempt = 0; attempt < 50 && ref.get() != null; attempt++) {
            System.gc();
            if (ref.get() != null) {
                Thread.sleep(10); // lets the collector finish; not a timing assumption
            }
        }
        return ref.get() == null;
    }
}
