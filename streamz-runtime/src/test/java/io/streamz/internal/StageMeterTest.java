package io.streamz.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.streamz.metrics.PipelineMetrics;
import org.junit.jupiter.api.Test;

/**
 * The counts generated code derives instead of counting: a stage's {@code in} read from its sole
 * upstream's {@code out}, a source's, map's or accumulate's {@code out} as {@code in - failed}.
 */
class StageMeterTest {
    private final MeterGroup group = MeterGroup.of(PipelineMetrics.create("derived", 0));
    private final StageMeter source = group.stage("emit", "source", false).outAsInLessFailed();
    private final StageMeter map = group.stage("parse", "map", false).outAsInLessFailed();
    private final StageMeter filter = group.stage("large", "filter", false);
    private final StageMeter sink = group.stage("out", "sink", true);

    StageMeterTest() {
        map.inAsOutOf(source);
        filter.inAsOutOf(map);
        sink.inAsOutOf(filter);
    }

    /** One element through source -> map -> filter -> sink as generated code counts it. */
    private void element(boolean parses, boolean large) {
        source.countIn();
        if (!parses) {
            map.countFailed(new NumberFormatException("x"));
            return;
        }
        if (large) {
            filter.countOut();
        }
    }

    @Test
    void derivedCountsAreWhatCountingEveryStageWouldGive() {
        element(true, true);
        element(true, false);
        element(false, false);
        element(true, true);
        assertEquals("4/4/0 4/3/1 3/2/0 2/0/0", counts());
    }

    @Test
    void aDerivedOutNeverDecreasesEvenIfAReaderSawAnElementThatFailedLater() {
        element(true, true);
        source.countIn(); // an element in flight: counted into the source, not yet through parse
        assertEquals(2, map.out(), "read mid-element, parse's out counts it already");
        map.countFailed(new NumberFormatException("x"));
        assertEquals(2, map.out(), "not less than a reader was given");
        assertEquals(1, map.failed());
        element(true, true);
        assertEquals(2, map.out(), "exact again once an element went through");
        assertEquals("3/3/0 3/2/1 2/2/0 2/0/0", counts());
    }

    private String counts() {
        StringBuilder counts = new StringBuilder();
        for (StageMeter stage : new StageMeter[] {source, map, filter, sink}) {
            counts.append(counts.length() == 0 ? "" : " ")
                    .append(stage.in())
                    .append('/')
                    .append(stage.out())
                    .append('/')
                    .append(stage.failed());
        }
        return counts.toString();
    }
}
