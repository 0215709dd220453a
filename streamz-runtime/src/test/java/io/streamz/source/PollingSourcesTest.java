package io.streamz.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.streamz.ListSink;
import io.streamz.Source;
import io.streamz.VirtualTimeLoop;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The polling drivers on virtual time: stop leaves no timer behind; a tail reads all there is at once. */
class PollingSourcesTest {
    private final VirtualTimeLoop loop = new VirtualTimeLoop();

    @TempDir
    Path dir;

    @Test
    void stoppingAPeriodicSourceCancelsItsNextCall() {
        AtomicInteger calls = new AtomicInteger();
        Source<Integer> source =
                new Source<>(loop, new PeriodicDriver<>(calls::incrementAndGet, Duration.ofSeconds(1)));
        ListSink<Integer> out = source.sinkToList();
        source.start();
        loop.advanceBy(1.5);
        assertEquals(List.of(1, 2), out);
        assertEquals(1, loop.pendingTasks(), "the next call");
        source.stop();
        assertEquals(0, loop.pendingTasks(), "cancelled: the loop holds nothing of the source");
        loop.advanceBy(5.0);
        assertEquals(2, calls.get());
    }

    @Test
    void stoppingAQueueSourceCancelsItsNextPoll() {
        ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(List.of("a"));
        Source<String> source = new Source<>(loop, new QueueDriver<>(queue, Duration.ofMillis(10)));
        ListSink<String> out = source.sinkToList();
        source.start();
        loop.runDue();
        assertEquals(List.of("a"), out);
        assertEquals(1, loop.pendingTasks(), "the next poll of the empty queue");
        source.stop();
        assertEquals(0, loop.pendingTasks());
        queue.add("b");
        loop.advanceBy(1.0);
        assertEquals(List.of("a"), out);
    }

    @Test
    void aTailReadsEverythingThereIsAtOnceNotAChunkPerPoll() throws IOException {
        Path file = dir.resolve("big");
        List<String> lines = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 30_000; i++) { // ~230 kB: several 64 kB chunks
            String line = "line " + i;
            lines.add(line);
            text.append(line).append('\n');
        }
        Files.writeString(file, text);
        Source<String> source = new Source<>(loop, TextFileDriver.of(file).pollInterval(Duration.ofSeconds(1)));
        ListSink<String> out = source.sinkToList();
        source.start();
        loop.runDue();
        assertEquals(lines, out.snapshot());
    }

    @Test
    void aTruncatedFileDropsThePartialRecordHeldFromBefore() throws IOException {
        Path file = dir.resolve("rotating");
        Files.writeString(file, "whole\npartial");
        Source<String> source = new Source<>(loop, TextFileDriver.of(file));
        ListSink<String> out = source.sinkToList();
        source.start();
        loop.runDue();
        assertEquals(List.of("whole"), out);
        Files.writeString(file, "new\n");
        loop.advanceBy(0.1);
        assertEquals(List.of("whole", "new"), out);
    }

    @Test
    void aFileIsDecodedWithItsCharset() throws IOException {
        Path file = dir.resolve("latin");
        Files.write(file, new byte[] {(byte) 0xE9, 't', (byte) 0xE9, '\n'}, StandardOpenOption.CREATE_NEW);
        Source<String> latin = new Source<>(loop, TextFileDriver.of(file).charset(StandardCharsets.ISO_8859_1));
        ListSink<String> latinOut = latin.sinkToList();
        Source<String> utf8 = new Source<>(loop, TextFileDriver.of(file));
        ListSink<String> utf8Out = utf8.sinkToList();
        latin.start();
        utf8.start();
        loop.runDue();
        assertEquals(List.of("été"), latinOut.snapshot());
        assertEquals(List.of("\uFFFDt\uFFFD"), utf8Out.snapshot());
    }
}
