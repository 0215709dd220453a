package io.streamz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.internal.DoubleSlidingWindow;
import io.streamz.internal.IntSlidingWindow;
import io.streamz.internal.LongSlidingWindow;
import io.streamz.internal.PartitionBuffer;
import io.streamz.internal.SlidingWindowBuffer;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Windows and partitions of a huge size cost what they hold, not what they could hold (issue 10,
 * defect 7: {@code slidingWindow(50_000_000)} took 191 MiB before any element, and
 * {@code Integer.MAX_VALUE} ran out of memory), interpreted and in the helpers generated code
 * calls. Measured as the bytes this thread allocates, which no other thread disturbs.
 */
class MemoryFollowsWhatIsHeldTest {
    /** Far below the 191 MiB of a window of 50,000,000, far above the few KiB a build and 100 elements take. */
    private static final long LIMIT = 1 << 20;

    private static final int[] HUGE = {50_000_000, Integer.MAX_VALUE};

    private static long allocatedBy(Runnable work) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        work.run(); // once to load the classes involved, whose loading allocates too
        long before = threads.getCurrentThreadAllocatedBytes();
        work.run();
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    private static void assertSmall(String what, Runnable work) {
        long bytes = allocatedBy(work);
        assertTrue(bytes < LIMIT, what + " allocated " + bytes + " bytes");
    }

    /** Builds the stage with {@code build} and pushes 100 elements through it. */
    private static void hundredThrough(java.util.function.Function<Stream<Integer>, Stream<?>> build) {
        Stream<Integer> source = new Stream<>(new VirtualTimeLoop());
        List<?> out = build.apply(source).sinkToList();
        for (int i = 0; i < 100; i++) {
            source.emit(i);
        }
        assertTrue(out.size() <= 100);
    }

    @Test
    void interpretedWindowsAndPartitionsOfAHugeSize() {
        for (int n : HUGE) {
            assertSmall("slidingWindow(" + n + ")", () -> hundredThrough(s -> s.slidingWindow(n)));
            assertSmall("partition(" + n + ")", () -> hundredThrough(s -> s.partition(n)));
            assertSmall("partition(" + n + ", key)", () -> hundredThrough(s -> s.partition(n, x -> x % 7)));
            assertSmall(
                    "partition(" + n + ", timeout)", () -> hundredThrough(s -> s.partition(n, Duration.ofSeconds(1))));
        }
    }

    @Test
    void partialWindowsCostTheirOwnElementsOnly() {
        // 100 partial windows hold 1 + 2 + ... + 100 references: about 20 KiB.
        assertSmall(
                "slidingWindow(MAX_VALUE, true)", () -> hundredThrough(s -> s.slidingWindow(Integer.MAX_VALUE, true)));
    }

    @Test
    void helpersOfAHugeSize() {
        for (int n : HUGE) {
            assertSmall("SlidingWindowBuffer(" + n + ")", () -> {
                SlidingWindowBuffer<Integer> window = new SlidingWindowBuffer<>(n, false);
                for (int i = 0; i < 100; i++) {
                    window.add(i);
                }
            });
            assertSmall("PartitionBuffer(" + n + ")", () -> {
                PartitionBuffer<Integer> partition = new PartitionBuffer<>(n);
                for (int i = 0; i < 100; i++) {
                    partition.add(i);
                    partition.add(i % 7, i);
                }
            });
            assertSmall("IntSlidingWindow(" + n + ")", () -> {
                IntSlidingWindow window = new IntSlidingWindow(n, false);
                for (int i = 0; i < 100; i++) {
                    window.add(i, n);
                }
            });
            assertSmall("LongSlidingWindow(" + n + ")", () -> {
                LongSlidingWindow window = new LongSlidingWindow(n, false);
                for (int i = 0; i < 100; i++) {
                    window.add(i, n);
                }
            });
            assertSmall("DoubleSlidingWindow(" + n + ")", () -> {
                DoubleSlidingWindow window = new DoubleSlidingWindow(n, false);
                for (int i = 0; i < 100; i++) {
                    window.add(i, n);
                }
            });
        }
    }

    @Test
    void windowsAndPartitionsStayExactAcrossEveryGrowth() {
        for (int n : new int[] {15, 16, 17, 33, 100}) {
            for (boolean partial : new boolean[] {false, true}) {
                Stream<Integer> source = new Stream<>();
                List<List<Integer>> windows = source.slidingWindow(n, partial).sinkToList();
                List<List<Integer>> partitions = source.partition(n).sinkToList();
                List<List<Integer>> byParity = source.partition(n, x -> x % 2).sinkToList();
                List<List<Integer>> expectedWindows = new ArrayList<>();
                List<List<Integer>> expectedPartitions = new ArrayList<>();
                List<List<Integer>> expectedByParity = new ArrayList<>();
                List<Integer> seen = new ArrayList<>();
                List<List<Integer>> parities = List.of(new ArrayList<>(), new ArrayList<>());
                for (int i = 0; i < 5 * n; i++) {
                    source.emit(i);
                    seen.add(i);
                    if (partial || seen.size() >= n) {
                        expectedWindows.add(List.copyOf(seen.subList(Math.max(0, seen.size() - n), seen.size())));
                    }
                    if (seen.size() % n == 0) {
                        expectedPartitions.add(List.copyOf(seen.subList(seen.size() - n, seen.size())));
                    }
                    List<Integer> parity = parities.get(i % 2);
                    parity.add(i);
                    if (parity.size() == n) {
                        expectedByParity.add(List.copyOf(parity));
                        parity.clear();
                    }
                }
                assertEquals(expectedWindows, windows, "slidingWindow(" + n + ", " + partial + ")");
                assertEquals(expectedPartitions, partitions, "partition(" + n + ")");
                assertEquals(expectedByParity, byParity, "partition(" + n + ", key)");
            }
        }
    }
}
