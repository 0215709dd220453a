package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed's "Processing Time and Back Pressure" example, ported:
 * <pre>
 * source.rate_limit(0.010).map(json.loads).buffer(100).sink(write_to_database)
 * for line in f: await source.emit(line)
 * </pre>
 * with a real JSON parser and a fake asynchronous database whose latency we control, all in
 * virtual time.
 */
class SeedBackPressureExampleTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LINES = 2_000;

    private final VirtualTimeLoop loop = new VirtualTimeLoop();

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> jsonLines() {
        List<String> lines = new ArrayList<>();
        for (int id = 0; id < LINES; id++) {
            lines.add("{\"id\": " + id + ", \"name\": \"user-" + id + "\", \"tags\": [\"a\", \"b\"]}");
        }
        return lines;
    }

    /** Writes take 5 ms, except a 3 s stall every 500 rows: the buffer fills, then pushes back. */
    private FakeDatabase<JsonNode> stallingDatabase() {
        return new FakeDatabase<>(
                loop, row -> row.get("id").asInt() % 500 == 499 ? Duration.ofSeconds(3) : Duration.ofMillis(5));
    }

    @Test
    void everyLineArrivesOnceInOrderWithAtMostTheBufferPlusInFlightHeld() {
        FakeDatabase<JsonNode> db = stallingDatabase();
        Stream<String> source = new Stream<>(loop); // the seed's Source()
        int[] parsed = {0};
        int[] maxHeldAnyTime = {0};
        List<Long> parsedAt = new ArrayList<>();
        BufferNode<JsonNode> buffer = (BufferNode<JsonNode>) source.rateLimit(0.010)
                .map(Named.function("loads", (String line) -> {
                    parsed[0]++;
                    parsedAt.add(loop.now().toMillis());
                    maxHeldAnyTime[0] = Math.max(maxHeldAnyTime[0], parsed[0] - db.rows.size());
                    return parse(line);
                }))
                .buffer(100);
        buffer.sinkAsync(Named.function("write_to_database", db::write));

        int maxHeld = 0;
        for (String line : jsonLines()) {
            source.emitAndWait(line); // the seed's `await source.emit(line)`
            maxHeld = Math.max(maxHeld, parsed[0] - db.rows.size());
            assertTrue(buffer.queued() <= 100 + 2, "held by the buffer: " + buffer.queued());
        }
        loop.advanceBy(Duration.ofSeconds(10));

        List<Integer> ids = new ArrayList<>();
        for (JsonNode row : db.rows) {
            ids.add(row.get("id").asInt());
        }
        List<Integer> expected = new ArrayList<>();
        for (int id = 0; id < LINES; id++) {
            expected.add(id);
        }
        assertEquals(expected, ids, "every line exactly once, in order");
        assertEquals("user-1999", db.rows.get(LINES - 1).get("name").asText());
        assertEquals(101, maxHeld, "100 queued + 1 being written, whenever the producer resumed");
        assertEquals(102, maxHeldAnyTime[0], "+ 1 parsed element waiting to enter the full buffer");
        assertEquals(1, db.maxInFlight);
        for (int i = 1; i < parsedAt.size(); i++) {
            assertTrue(parsedAt.get(i) - parsedAt.get(i - 1) >= 10, "rate limited to one line per 10 ms at " + i);
        }
    }

    @Test
    void withoutTheBufferTheProducerWaitsForEachWrite() {
        FakeDatabase<JsonNode> db = stallingDatabase();
        Stream<String> source = new Stream<>(loop);
        source.rateLimit(0.010).map(SeedBackPressureExampleTest::parse).sinkAsync(db::write);
        for (String line : jsonLines().subList(0, 500)) {
            source.emitAndWait(line);
        }
        assertEquals(500, db.rows.size(), "each emit returned only after its row was written");
        assertEquals(1, db.maxInFlight);
        // 499 rows spaced by the 10 ms rate (writes of 5 ms fit inside), then the 3 s stall
        assertEquals(Duration.ofMillis(499 * 10 + 3_000), loop.now());
    }

    @Test
    void aBadLineFailsItsOwnEmitAndTheFileGoesOn() {
        FakeDatabase<JsonNode> db = new FakeDatabase<>(loop, Duration.ofMillis(5));
        Stream<String> source = new Stream<>(loop);
        source.rateLimit(0.010)
                .map(Named.function("loads", SeedBackPressureExampleTest::parse))
                .sinkAsync(db::write);
        List<String> failedStages = new ArrayList<>();
        for (String line : List.of("{\"id\": 1}", "{not json", "{\"id\": 2}")) {
            try {
                source.emitAndWait(line);
            } catch (UncheckedIOException e) {
                failedStages.add(StageFailure.stageOf(e));
            }
        }
        assertEquals(List.of("map: loads"), failedStages);
        assertEquals(
                List.of(1, 2),
                db.rows.stream().map(row -> row.get("id").asInt()).toList());
    }
}
