package io.streamz.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.Stream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Flight Recorder events of a measured graph, recorded, dumped and read back. */
class FlightRecorderEventsTest {

    @Test
    void aRecordingHoldsEachFailureAndEveryStagesStatistics(@TempDir Path dir) throws Exception {
        Stream<Integer> source = new Stream<>("numbers");
        source.map(x -> 100 / x).named("invert").sink(x -> {}).named("out");
        PipelineMetrics metrics = PipelineMetrics.create("jfr-test", 1);
        source.withMetrics(metrics);
        Path file = dir.resolve("streamz.jfr");
        try (Recording recording = new Recording()) {
            recording.enable("io.streamz.StageFailure");
            recording.enable("io.streamz.StageStatistics").with("period", "endChunk");
            recording.start();
            source.emit(5);
            assertThrows(ArithmeticException.class, () -> source.emit(0));
            source.emit(4);
            recording.stop();
            recording.dump(file);
        }
        List<RecordedEvent> events = RecordingFile.readAllEvents(file);
        List<RecordedEvent> failures = events.stream()
                .filter(e -> e.getEventType().getName().equals("io.streamz.StageFailure"))
                .collect(Collectors.toList());
        assertEquals(1, failures.size());
        RecordedEvent failure = failures.get(0);
        assertEquals("jfr-test", failure.getString("pipeline"));
        assertEquals("invert", failure.getString("stage"));
        assertEquals("map", failure.getString("operator"));
        assertEquals(
                ArithmeticException.class.getName(),
                failure.getClass("exceptionClass").getName());
        String statistics = events.stream()
                .filter(e -> e.getEventType().getName().equals("io.streamz.StageStatistics"))
                .filter(e -> e.getString("pipeline").equals("jfr-test"))
                .map(e -> e.getString("stage") + " " + e.getLong("in") + "/" + e.getLong("out") + "/"
                        + e.getLong("failed") + " latency " + e.getLong("latencyCount"))
                .sorted()
                .collect(Collectors.joining("\n"));
        assertEquals("invert 3/2/1 latency 0\nnumbers 3/3/0 latency 0\nout 2/0/0 latency 2", statistics);
        assertTrue(Files.size(file) > 0);
    }

    @Test
    void withoutARecordingNothingIsRecordedAndTheStageStillCounts() {
        Stream<Integer> source = new Stream<>("n");
        source.map(x -> 1 / x).named("inv").sink(x -> {});
        PipelineMetrics metrics = PipelineMetrics.create("no-recording");
        source.withMetrics(metrics);
        assertThrows(ArithmeticException.class, () -> source.emit(0));
        assertEquals(1, metrics.stage("inv").orElseThrow().failed());
    }
}
