package io.streamz.it.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.streamz.GlobalSinks;
import io.streamz.StageFailure;
import io.streamz.VirtualTimeLoop;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seed's back-pressure example as a {@code @Pipeline} ({@link WriteToDatabase}), fused and
 * interpreted, on virtual time: {@code await source.emit(line)} for every line of a file while
 * the database stalls 3 s every 500 rows. Every row arrives once, in order; the buffer holds at
 * most 100 rows plus the one being written; one write at a time.
 */
final class WriteToDatabaseTest {
    private static final int LINES = 2_000;

    @AfterEach
    void forgetInterpretedSinks() {
        GlobalSinks.clear();
    }

    /** Writes take 5 ms, except a 3 s stall every 500 rows. */
    private static final class FakeDatabase {
        final VirtualTimeLoop loop;
        final List<Integer> rows = new ArrayList<>();
        final List<Long> writesStartedAt = new ArrayList<>();
        int inFlight;
        int maxInFlight;

        FakeDatabase(VirtualTimeLoop loop) {
            this.loop = loop;
        }

        CompletionStage<Void> write(int id) {
            inFlight++;
            maxInFlight = Math.max(maxInFlight, inFlight);
            writesStartedAt.add(loop.now().toMillis());
            CompletableFuture<Void> written = new CompletableFuture<>();
            loop.schedule(id % 500 == 499 ? Duration.ofSeconds(3) : Duration.ofMillis(5), () -> {
                inFlight--;
                rows.add(id);
                written.complete(null);
            });
            return written;
        }
    }

    private static FakeDatabase run(boolean fused) {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        FakeDatabase db = new FakeDatabase(loop);
        var builder = Streamz_WriteToDatabase.builder().loop(loop).writeToDatabase(db::write);
        WriteToDatabase source = fused ? builder.build() : builder.buildInterpreted();
        int maxHeld = 0;
        for (int id = 0; id < LINES; id++) {
            loop.await(source.emit(id + ",user-" + id)); // the seed's `await source.emit(line)`
            maxHeld = Math.max(maxHeld, id + 1 - db.rows.size());
        }
        loop.advanceBy(Duration.ofSeconds(10));
        assertEquals(101, maxHeld, "100 queued + 1 being written, whenever the producer resumed");
        return db;
    }

    @ParameterizedTest(name = "fused {0}")
    @ValueSource(booleans = {true, false})
    void everyRowOnceInOrderWithAtMostTheBufferPlusOneWriteHeld(boolean fused) {
        FakeDatabase db = run(fused);
        List<Integer> expected = new ArrayList<>();
        for (int id = 0; id < LINES; id++) {
            expected.add(id);
        }
        assertEquals(expected, db.rows, "every line exactly once, in order");
        assertEquals(1, db.maxInFlight, "the next write waits for the previous one");
    }

    @Test
    void fusedWritesStartAtTheSameVirtualInstantsAsInterpreted() {
        assertEquals(run(false).writesStartedAt, run(true).writesStartedAt);
    }

    @ParameterizedTest(name = "fused {0}")
    @ValueSource(booleans = {true, false})
    void aBadLineFailsItsOwnEmitNamingTheStageAndTheFileGoesOn(boolean fused) {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        FakeDatabase db = new FakeDatabase(loop);
        var builder = Streamz_WriteToDatabase.builder().loop(loop).writeToDatabase(db::write);
        WriteToDatabase source = fused ? builder.build() : builder.buildInterpreted();
        loop.await(source.emit("1,a"));
        RuntimeException bad = assertThrows(RuntimeException.class, () -> loop.await(source.emit("no comma")));
        assertEquals("map: loads", StageFailure.stageOf(bad));
        loop.await(source.emit("2,b"));
        loop.advanceBy(Duration.ofSeconds(1));
        assertEquals(List.of(1, 2), db.rows);
    }
}
