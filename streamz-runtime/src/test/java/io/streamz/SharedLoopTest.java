package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, lifecycle: the loop the library creates itself, {@link EventLoop#shared()}, is one
 * daemon thread reused by every graph that needs a loop and has none, so that it never keeps
 * the JVM alive and never multiplies.
 */
class SharedLoopTest {
    @Test
    void everyGraphNeedingALoopGetsTheSameDaemonLoop() {
        Stream<Integer> first = new Stream<>();
        Stream<Integer> second = new Stream<>();
        first.delay(Duration.ZERO).sink(x -> {});
        second.rateLimit(Duration.ofMillis(1)).sink(x -> {});
        new Stream<Integer>().buffer(2).sink(x -> {});
        EventLoop shared = EventLoop.shared();
        assertSame(shared, first.loop().orElseThrow());
        assertSame(shared, second.loop().orElseThrow());
        assertSame(shared, EventLoop.shared(), "created once");
        ScheduledEventLoop loop = (ScheduledEventLoop) shared;
        Thread thread = loop.await(CompletableFuture.supplyAsync(Thread::currentThread, loop));
        assertTrue(thread.isDaemon(), "the shared loop never keeps the JVM alive");
        assertEquals("streamz-loop", thread.getName());
        Thread again = loop.await(CompletableFuture.supplyAsync(Thread::currentThread, loop));
        assertSame(thread, again, "one thread, reused");
    }
}
