package io.streamz.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.streamz.UncaughtFailures;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class BlockingTest {
    @Test
    void whatADriverThreadLetsEscapeGoesToTheDefaultHandlerNotToStandardError() throws InterruptedException {
        List<String> seen = new CopyOnWriteArrayList<>();
        IllegalStateException boom = new IllegalStateException("reader broke");
        UncaughtFailures.setDefaultHandler(
                failure -> seen.add(Thread.currentThread().getName() + ": " + failure));
        try {
            Thread thread = Blocking.daemon("streamz-test-reader", () -> {
                throw boom;
            });
            thread.join();
            assertFalse(thread.isAlive());
        } finally {
            UncaughtFailures.setDefaultHandler(null);
        }
        assertEquals(List.of("streamz-test-reader: " + boom), seen);
    }
}
