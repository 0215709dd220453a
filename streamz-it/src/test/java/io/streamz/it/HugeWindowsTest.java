package io.streamz.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.GlobalSinks;
import io.streamz.annotations.Map;
import io.streamz.annotations.Partition;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.SlidingWindow;
import io.streamz.annotations.Source;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code @SlidingWindow} and {@code @Partition} of {@code Integer.MAX_VALUE} cost what they hold
 * in both builds (issue 10, defect 7: windows and batches were allocated at full size, and ran
 * out of memory at build time). Measured as the bytes this thread allocates.
 */
final class HugeWindowsTest {
    /** Far below a window of {@code Integer.MAX_VALUE}, far above a build and 100 elements. */
    private static final long LIMIT = 4 << 20;

    @Pipeline
    interface Huge {
        @Source
        void emit(int x);

        @SlidingWindow(Integer.MAX_VALUE)
        List<Integer> ints(int x);

        @Sink
        void intWindows(List<Integer> window);

        @Map(from = "emit")
        default String text(int x) {
            return Integer.toString(x);
        }

        @SlidingWindow(value = Integer.MAX_VALUE, returnPartial = true)
        List<String> texts(String x);

        @Sink
        void textWindows(List<String> window);

        @Partition(value = Integer.MAX_VALUE, from = "emit")
        List<Integer> batches(int x);

        @Sink
        void batchesOut(List<Integer> batch);

        @Partition(value = Integer.MAX_VALUE, key = "parity", from = "emit")
        List<Integer> batchesByParity(int x);

        default int parity(int x) {
            return x % 2;
        }

        @Sink
        void batchesByParityOut(List<Integer> batch);
    }

    @AfterEach
    void forgetInterpretedSinks() {
        GlobalSinks.clear();
    }

    /** Builds the pipeline and pushes 100 elements through it; returns the partial windows seen. */
    private static List<List<String>> hundredThrough(boolean fused) {
        List<Object> full = new ArrayList<>();
        List<List<String>> partial = new ArrayList<>();
        Streamz_HugeWindowsTest_Huge.Builder builder = Streamz_HugeWindowsTest_Huge.builder()
                .intWindows(full::add)
                .textWindows(partial::add)
                .batchesOut(full::add)
                .batchesByParityOut(full::add);
        Huge pipeline = fused ? builder.build() : builder.buildInterpreted();
        for (int i = 0; i < 100; i++) {
            pipeline.emit(i);
        }
        assertEquals(List.of(), full, "no window or batch of Integer.MAX_VALUE fills");
        return partial;
    }

    @ParameterizedTest(name = "fused = {0}")
    @ValueSource(booleans = {true, false})
    void windowsAndPartitionsOfIntegerMaxValueCostWhatTheyHold(boolean fused) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        hundredThrough(fused); // once to load the classes involved, whose loading allocates too
        long before = threads.getCurrentThreadAllocatedBytes();
        List<List<String>> partial = hundredThrough(fused);
        long bytes = threads.getCurrentThreadAllocatedBytes() - before;

        assertTrue(bytes < LIMIT, "allocated " + bytes + " bytes");
        assertEquals(100, partial.size());
        assertEquals(List.of("0", "1", "2"), partial.get(2));
        assertEquals(100, partial.get(99).size());
    }
}
