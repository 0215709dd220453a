package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A graph nesting emits too deeply for the stack (a feedback loop without a decoupling point, a
 * chain of many thousand stages) fails with a {@link StageOverflowException} naming a stage and
 * the remedy, never a bare {@link StackOverflowError}, and the graph stays usable.
 */
class StackDepthTest {
    private static final long SMALL_STACK = 512 * 1024;

    private static Throwable onSmallStack(Runnable action) throws InterruptedException {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t = new Thread(
                null,
                () -> {
                    try {
                        action.run();
                    } catch (Throwable e) {
                        thrown.set(e);
                    }
                },
                "small-stack",
                SMALL_STACK);
        t.start();
        t.join();
        return thrown.get();
    }

    @Test
    void aFeedbackLoopWithoutABufferFailsNamingTheStageAndTheRemedyAndStaysUsable() throws Exception {
        Stream<Integer> source = new Stream<>("links");
        AtomicInteger limit = new AtomicInteger(Integer.MAX_VALUE);
        List<Integer> seen = new ArrayList<>();
        source.map(Named.function("crawl", (Integer x) -> x + 1)).sink(Named.consumer("again", (Integer x) -> {
            seen.add(x);
            if (x < limit.get()) {
                source.emit(x);
            }
        }));
        Throwable e = onSmallStack(() -> source.emit(0));
        StageOverflowException overflow = assertInstanceOf(StageOverflowException.class, e);
        assertTrue(overflow.getMessage().contains("put a buffer(n) in the cycle"), overflow.getMessage());
        assertTrue(List.of("map: crawl", "sink: again", "links; Stream").contains(overflow.stage()), overflow.stage());
        assertInstanceOf(StackOverflowError.class, overflow.getCause());

        seen.clear();
        limit.set(5);
        assertEquals(null, onSmallStack(() -> source.emit(0)), "the same graph works for a shallow input");
        assertEquals(List.of(1, 2, 3, 4, 5), seen);
    }

    @Test
    void aChainOfFiftyThousandMapsFailsNamingTheSourceAndItsStateStaysConsistent() throws Exception {
        Stream<Integer> source = new Stream<>("deep");
        AtomicInteger entered = new AtomicInteger();
        Stream<Integer> chain = source.map(x -> {
            entered.incrementAndGet();
            return x;
        });
        for (int i = 0; i < 50_000; i++) {
            chain = chain.map(x -> x);
        }
        ListSink<Integer> out = chain.sinkToList();
        ListSink<Integer> shallow = source.sinkToList();
        for (int attempt = 0; attempt < 2; attempt++) {
            Throwable e = onSmallStack(() -> source.emit(7));
            assertInstanceOf(StageOverflowException.class, e);
        }
        assertEquals(2, entered.get());
        assertEquals(List.of(), out);
        assertEquals(List.of(), shallow, "a later sibling does not see an element whose emit failed");
        out.destroy();
        shallow.destroy();
    }

    @Test
    void aBufferInTheCycleLetsAFeedbackLoopRunAHundredThousandTimes() {
        VirtualTimeLoop loop = new VirtualTimeLoop();
        Stream<Integer> source = new Stream<>(loop);
        AtomicInteger last = new AtomicInteger();
        source.map(x -> x + 1).buffer(1).sink(x -> {
            last.set(x);
            if (x < 100_000) {
                source.emit(x);
            }
        });
        source.emit(0);
        loop.runDue();
        assertEquals(100_000, last.get());
    }
}
