package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Where failures go that nobody else can receive: a per-loop handler, else a global default that logs. */
class FailureHandlerTest {
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Logger logger = Logger.getLogger(UncaughtFailures.LOGGER);
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    FailureHandlerTest() {
        logger.addHandler(capture);
    }

    @AfterEach
    void restore() {
        logger.removeHandler(capture);
        UncaughtFailures.setDefaultHandler(null);
    }

    @Test
    void theDefaultHandlerLogsAtWarningNamingTheStage() {
        RuntimeException failure = io.streamz.internal.Failures.record("map: parse", new IllegalStateException("x"));
        UncaughtFailures.report(failure);
        LogRecord record = logged.get(0);
        assertEquals(Level.WARNING, record.getLevel());
        assertSame(failure, record.getThrown());
        assertTrue(record.getMessage().contains("<map: parse>"), record.getMessage());
    }

    @Test
    void aLoopWithoutAHandlerUsesTheDefaultOneWhichCanBeReplaced() throws Exception {
        LinkedBlockingQueue<Throwable> global = new LinkedBlockingQueue<>();
        UncaughtFailures.setDefaultHandler(global::add);
        IllegalStateException boom = new IllegalStateException("boom");
        try (ScheduledEventLoop loop = new ScheduledEventLoop("default-handler")) {
            loop.execute(() -> {
                throw boom;
            });
            assertSame(boom, global.poll(10, TimeUnit.SECONDS));
        }
        assertEquals(List.of(), logged, "replaced: nothing logged");
    }

    @Test
    void theSharedLoopReportsToTheDefaultHandler() throws Exception {
        LinkedBlockingQueue<Throwable> global = new LinkedBlockingQueue<>();
        UncaughtFailures.setDefaultHandler(global::add);
        IllegalStateException boom = new IllegalStateException("shared");
        EventLoop.shared().execute(() -> {
            throw boom;
        });
        assertSame(boom, global.poll(10, TimeUnit.SECONDS));
    }

    @Test
    void aPerLoopHandlerCanBeSetAndCleared() throws Exception {
        LinkedBlockingQueue<Throwable> own = new LinkedBlockingQueue<>();
        LinkedBlockingQueue<Throwable> global = new LinkedBlockingQueue<>();
        UncaughtFailures.setDefaultHandler(global::add);
        try (ScheduledEventLoop loop = new ScheduledEventLoop("own-handler")) {
            loop.setFailureHandler(own::add);
            RuntimeException first = new RuntimeException("first");
            loop.execute(() -> {
                throw first;
            });
            assertSame(first, own.poll(10, TimeUnit.SECONDS));
            loop.setFailureHandler(null);
            RuntimeException second = new RuntimeException("second");
            loop.execute(() -> {
                throw second;
            });
            assertSame(second, global.poll(10, TimeUnit.SECONDS));
            assertEquals(0, own.size());
        }
    }

    @Test
    void aThrowingHandlerIsLoggedWithTheFailureAndTheLoopGoesOn() throws Exception {
        RuntimeException original = new RuntimeException("original");
        try (ScheduledEventLoop loop = new ScheduledEventLoop("bad-handler", failure -> {
            throw new IllegalStateException("handler down");
        })) {
            loop.execute(() -> {
                throw original;
            });
            CompletableFuture<String> after = new CompletableFuture<>();
            loop.execute(() -> after.complete("ran"));
            assertEquals("ran", after.get(10, TimeUnit.SECONDS));
        }
        LogRecord record = logged.get(0);
        assertEquals("handler down", record.getThrown().getMessage());
        assertSame(original, record.getThrown().getSuppressed()[0]);
    }
}
