package io.streamz.it.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.StageFailure;
import io.streamz.StreamClosedException;
import io.streamz.VirtualTimeLoop;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code @Latest} as streamz's {@code latest()}, fused and interpreted alike on virtual time: an
 * emit never waits on it, elements go on from the loop, the newest replaces what the busy sink
 * has no time for and is always delivered, a failure after it goes to the loop's handler.
 */
class NewestQuotesTest {
    /** A publish takes 100 ms; each is logged with the time it started. */
    private static NewestQuotes build(boolean interpreted, VirtualTimeLoop loop, List<String> log) {
        Streamz_NewestQuotes.Builder builder = Streamz_NewestQuotes.builder()
                .loop(loop)
                .publish(label -> {
                    log.add(label + "@" + loop.now().toMillis());
                    CompletableFuture<Void> done = new CompletableFuture<>();
                    loop.schedule(Duration.ofMillis(100), () -> done.complete(null));
                    return done;
                });
        return interpreted ? builder.buildInterpreted() : builder.build();
    }

    /** Emits each {@code line@ms} at its time, then lets every publish finish; the failures reported last. */
    private static List<String> run(boolean interpreted, String... timedLines) {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        List<String> log = new ArrayList<>();
        NewestQuotes quotes = build(interpreted, loop, log);
        List<CompletionStage<Void>> emits = new ArrayList<>();
        for (String timed : timedLines) {
            String[] at = timed.split("@");
            loop.advanceTo(Duration.ofMillis(Long.parseLong(at[1])));
            emits.add(quotes.emit(at[0]));
        }
        loop.advanceBy(Duration.ofSeconds(10));
        for (CompletionStage<Void> emit : emits) {
            assertTrue(emit.toCompletableFuture().isDone(), "every emit completed");
        }
        for (Throwable failure : loop.failures()) {
            log.add("failed: " + failure.getMessage() + " in " + StageFailure.stageOf(failure));
        }
        return log;
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void theNewestGoesOnOnceTheSinkIsFreeAndStaleOnesAreDropped(boolean interpreted) {
        assertEquals(
                List.of("$1@0", "$5@100", "$6@250", "$8@350"),
                run(interpreted, "1@0", "2@0", "3@10", "4@50", "5@99", "6@250", "7@300", "8@320"));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aFailureAfterTheLatestGoesToTheLoopAndTheNextValueStillGoesOn(boolean interpreted) {
        assertEquals(
                List.of("$1@0", "$14@150", "failed: label refuses 13 in map: label"),
                run(interpreted, "1@0", "13@50", "14@150"));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aFailureBeforeTheLatestReachesTheCaller(boolean interpreted) {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        NewestQuotes quotes = build(interpreted, loop, new ArrayList<>());
        NumberFormatException failure = assertThrows(NumberFormatException.class, () -> quotes.emit("x"));
        assertEquals("map: price", StageFailure.stageOf(failure));
    }

    @Test
    void closingDiscardsTheValueNotYetDeliveredAndLaterEmitsThrow() throws Exception {
        for (boolean interpreted : new boolean[] {false, true}) {
            VirtualTimeLoop loop = new VirtualTimeLoop();
            List<String> log = new ArrayList<>();
            NewestQuotes quotes = build(interpreted, loop, log);
            quotes.emit("1");
            loop.advanceBy(Duration.ofMillis(10)); // $1 in flight until 100
            quotes.emit("2"); // waits for the sink
            loop.advanceBy(Duration.ofMillis(10));
            ((AutoCloseable) quotes).close();
            loop.advanceBy(Duration.ofSeconds(1));
            assertEquals(List.of("$1@0"), log, interpreted ? "interpreted" : "fused");
            assertThrows(StreamClosedException.class, () -> loop.await(quotes.emit("3")));
        }
    }
}
