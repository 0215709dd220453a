package io.streamz.it.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.ScheduledEventLoop;
import io.streamz.StageFailure;
import io.streamz.Stream;
import io.streamz.UncaughtFailures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java snippets of {@code docs/observability.md}, compiled and run word for word (only the
 * variables a snippet assumes are declared around it), and the page's DOT example checked
 * against what the generated pipeline returns.
 */
class ObservabilityDocsTest {
    private static final Path PAGE = Path.of("..", "docs", "observability.md");

    // docs/observability.md: failure hooks
    @Test
    void failureHooks() throws Exception {
        try {
            List<String> alerts = new CopyOnWriteArrayList<>();
            UncaughtFailures.setDefaultHandler(failure -> alerts.add(StageFailure.stageOf(failure)));
            try (ScheduledEventLoop loop = new ScheduledEventLoop("orders")) {
                loop.setFailureHandler(failure -> alerts.add("orders loop: " + StageFailure.stageOf(failure)));
                // ...
                Stream<Integer> orders = new Stream<>(loop);
                orders.buffer(4).sink(io.streamz.Named.consumer("store", x -> {
                    throw new IllegalStateException("store down");
                }));
                orders.emitAndWait(1);
                loop.await(CompletableFuture.runAsync(() -> {}, loop)); // after the buffer's turn
            }
            UncaughtFailures.report(new IllegalStateException("no stage"));
            assertEquals(List.of("orders loop: sink: store", "null"), alerts.stream().map(String::valueOf).toList());
        } finally {
            UncaughtFailures.setDefaultHandler(null);
        }
    }

    // docs/observability.md: logging
    @Test
    void theDefaultHandlerLogsAtWarningToTheStreamzLogger() {
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        try {
            Logger streamz = Logger.getLogger(UncaughtFailures.LOGGER); // java.util.logging
            streamz.addHandler(handler);
            UncaughtFailures.report(new IllegalStateException("disk full"));
        } finally {
            Logger.getLogger(UncaughtFailures.LOGGER).removeHandler(handler);
        }
        assertEquals(1, records.size());
        assertEquals(Level.WARNING, records.get(0).getLevel());
        assertEquals("disk full", records.get(0).getThrown().getMessage());
        assertTrue(records.get(0).getMessage().startsWith("streamz: a failure nobody received on thread "));
    }

    // docs/observability.md: topology
    @Test
    void topology(@TempDir Path directory) throws IOException {
        String dot = Streamz_Totals.topologyDot();
        Files.writeString(directory.resolve("totals.dot"), dot);

        assertEquals(dot, Files.readString(directory.resolve("totals.dot")));
        assertEquals(pageExample(), dot);
    }

    /** The page's un-tagged code block that starts with {@code digraph}. */
    private static String pageExample() throws IOException {
        Matcher block = Pattern.compile("```\n(digraph \\{\n.*?\n\\}\n)```", Pattern.DOTALL)
                .matcher(Files.readString(PAGE));
        assertTrue(block.find(), "no DOT example on " + PAGE);
        return block.group(1);
    }
}
