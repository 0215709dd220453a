package io.streamz.it.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.streamz.metrics.PipelineMetrics;
import io.streamz.metrics.StageMetrics;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link MeasuredResets}: an accumulate's resets count in, fused as in the twin. */
class MeasuredResetsTest {
    private static String counts(PipelineMetrics metrics, String stage) {
        StageMetrics m = metrics.stage(stage).orElseThrow(() -> new AssertionError(stage + " in " + metrics.stages()));
        return m.in() + "/" + m.out() + "/" + m.failed();
    }

    private static List<Long> run(boolean fused, PipelineMetrics metrics) {
        List<Long> totals = new ArrayList<>();
        Streamz_MeasuredResets.Builder builder =
                Streamz_MeasuredResets.builder().metrics(metrics).totals(totals::add);
        MeasuredResets resets = fused ? builder.build() : builder.buildInterpreted();
        resets.emit(1);
        resets.emit(2);
        resets.clear("midnight");
        assertThrows(IllegalArgumentException.class, () -> resets.emit(13));
        resets.emit(3);
        resets.clear("again");
        return totals;
    }

    @Test
    void theFusedAccumulateCountsItsResetsInAsTheTwinDoes() {
        PipelineMetrics fused = PipelineMetrics.create("resets", 1);
        assertEquals(List.of(1L, 3L, 3L), run(true, fused));
        PipelineMetrics twin = PipelineMetrics.create("resets-twin", 1);
        assertEquals(List.of(1L, 3L, 3L), run(false, twin));
        assertEquals("6/3/1", counts(fused, "total"), "4 elements and 2 resets in, 3 out, 13 failed");
        assertEquals(counts(twin, "accumulate: total"), counts(fused, "total"));
        assertEquals("2/2/0", counts(fused, "clear"));
        assertEquals(counts(twin, "clear"), counts(fused, "clear"));
    }
}
