package io.streamz.it.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.VirtualTimeLoop;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/** {@link Ingest}, the time and buffer stages of {@code docs/pipelines.md}: the builder's loop contract. */
class IngestTest {
    @Test
    void theReadmeExamplePrintsOneAfterTheDelay() {
        List<Integer> printed = new ArrayList<>();
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Ingest ingest = Streamz_Ingest.builder().loop(loop).out(printed::add).build();
        loop.await(ingest.emit("1"));
        assertEquals(Duration.ZERO, loop.now(), "the buffer took it at once");
        assertEquals(List.of(), printed);
        loop.advanceBy(Duration.ofMillis(249));
        assertEquals(List.of(), printed);
        loop.advanceBy(Duration.ofMillis(1));
        assertEquals(List.of(1), printed);
    }

    @Test
    void aFailureBeforeTheBufferReachesTheCallerOnTheLoopThread() {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        for (Ingest ingest : List.of(
                Streamz_Ingest.builder().loop(loop).out(x -> {}).build(),
                Streamz_Ingest.builder().loop(loop).out(x -> {}).buildInterpreted())) {
            assertThrows(NumberFormatException.class, () -> ingest.emit("x"));
        }
    }

    @Test
    void aCallFromAnotherThreadHopsOntoTheLoop() throws Exception {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        List<Integer> printed = new ArrayList<>();
        Ingest ingest = Streamz_Ingest.builder().loop(loop).out(printed::add).build();
        List<CompletionStage<Void>> stages = new ArrayList<>();
        Thread producer = new Thread(() -> {
            stages.add(ingest.emit("7"));
            stages.add(ingest.emit("x"));
        });
        producer.start();
        producer.join();
        assertEquals(2, loop.pendingTasks(), "nothing ran on the producer thread");
        assertEquals(List.of(), printed);
        loop.await(stages.get(0));
        Throwable failure = assertThrows(NumberFormatException.class, () -> loop.await(stages.get(1)));
        assertTrue(failure.getMessage().contains("\"x\""));
        loop.advanceBy(Duration.ofMillis(250));
        assertEquals(List.of(7), printed);
    }

    @Test
    void withoutALoopTheBuilderUsesTheSharedOne() {
        List<Integer> printed = new ArrayList<>();
        Ingest ingest = Streamz_Ingest.builder().out(printed::add).build();
        ingest.emit("5").toCompletableFuture().join();
        assertThrows(NullPointerException.class, () -> Streamz_Ingest.builder().loop(null));
    }
}
