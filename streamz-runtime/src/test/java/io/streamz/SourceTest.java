package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/** The seed's {@code Source()} and {@code visualize()} without a file. */
class SourceTest {

    @Test
    void aSourceWithoutALoopRunsOnTheSharedLoop() {
        Source<Integer> source = new Source<>();
        assertSame(EventLoop.shared(), source.loop().orElseThrow());
        ListSink<Integer> out = source.map(x -> x + 1).sinkToList();
        source.emitAndWait(1);
        assertEquals(List.of(2), out.snapshot());
        out.destroy();
    }

    @Test
    void labelsAndShapeFollowStreamz() {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        assertEquals("<Source>", new Source<Integer>(loop).toString());
        Source<Integer> named = new Source<Integer>(loop).named("lines");
        assertEquals("<lines; Source>", named.toString());
        assertTrue(named.toDot().contains("shape=doubleoctagon"), named.toDot());
    }

    @Test
    void emitFuturesPushBackFromAnAsyncSinkBehindABuffer() {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Source<Integer> source = new Source<>(loop);
        List<CompletableFuture<Void>> writes = new ArrayList<>();
        List<Integer> written = new ArrayList<>();
        source.buffer(1).sinkAsync(x -> {
            CompletableFuture<Void> write = new CompletableFuture<>();
            write.thenRun(() -> written.add(x));
            writes.add(write);
            return write;
        });
        List<CompletionStage<Void>> emits = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            emits.add(source.emit(i));
            loop.advanceBy(Duration.ZERO);
        }
        // buffer(1) absorbs one queued element plus the one being written: the third emit waits.
        assertTrue(emits.get(0).toCompletableFuture().isDone());
        assertTrue(emits.get(1).toCompletableFuture().isDone());
        assertFalse(emits.get(2).toCompletableFuture().isDone());
        writes.get(0).complete(null);
        loop.advanceBy(Duration.ZERO);
        assertTrue(emits.get(2).toCompletableFuture().isDone());
        assertEquals(List.of(0), written);
    }

    @Test
    void visualizeWithoutAFileIsTheDotText() {
        Stream<Integer> source = new Stream<>();
        source.map(Named.function("inc", (Integer x) -> x + 1)).sinkToList();
        assertEquals(source.toDot(), source.visualize());
        assertEquals(source.toDot(Map.of("rankdir", "LR")), source.visualize(Map.of("rankdir", "LR")));
        assertTrue(source.visualize().contains("map: inc"));
    }

    @Test
    void aSourceNeedsALoop() {
        assertThrows(NullPointerException.class, () -> new Source<Integer>((EventLoop) null));
    }
}
