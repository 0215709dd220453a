package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/** emit through map, filter and sink allocates nothing per element (measured, not assumed). */
class HotPathTest {
    private long total;

    @Test
    void mapFilterSinkAllocateNothingPerElement() {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        assumeTrue(threads instanceof com.sun.management.ThreadMXBean, "no per-thread allocation counter");
        com.sun.management.ThreadMXBean counter = (com.sun.management.ThreadMXBean) threads;
        assumeTrue(counter.isThreadAllocatedMemorySupported() && counter.isThreadAllocatedMemoryEnabled());

        Stream<Integer> source = new Stream<>();
        Integer one = 1; // a cached box: the user's functions allocate nothing either
        source.map(x -> x).filter(x -> x > 0).sink(x -> total += x);
        source.filter().sink(x -> total -= x);
        for (int i = 0; i < 20_000; i++) {
            source.emit(one);
        }
        long threadId = Thread.currentThread().getId();
        long before = counter.getThreadAllocatedBytes(threadId);
        CompletionStage<Void> last = null;
        for (int i = 0; i < 100_000; i++) {
            last = source.emit(one);
        }
        long allocated = counter.getThreadAllocatedBytes(threadId) - before;
        assertTrue(allocated < 64 * 1024, allocated + " bytes allocated by 100,000 emits");
        assertTrue(last.toCompletableFuture().isDone());
        assertEquals(0, total);
    }
}
