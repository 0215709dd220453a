package io.streamz.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.ScheduledEventLoop;
import io.streamz.Stream;
import io.streamz.metrics.PipelineMetrics;
import io.streamz.metrics.StageMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The group of a pipeline's stage meters: naming, listing, the meters generated code uses. */
class MeterGroupTest {
    private long now;
    private final MeterGroup group = new MeterGroup("orders", 1, () -> now);

    private static List<String> names(PipelineMetrics metrics) {
        List<String> names = new ArrayList<>();
        for (StageMetrics stage : metrics.stages()) {
            names.add(stage.stage() + " (" + stage.operator() + ")");
        }
        return names;
    }

    @Test
    void aGeneratedStageIsListedAtOnceUnderItsNameAndOperator() {
        StageMeter parse = group.stage("parse", "map", false);
        assertEquals(List.of("parse (map)"), names(group));
        assertEquals("parse", parse.stage());
        assertEquals("map", parse.operator());
        assertSame(parse, group.stage("parse").orElseThrow());
        assertSame(group, parse.group());
        assertEquals("orders", parse.pipeline());
    }

    @Test
    void repeatedNamesAreNumberedFromTwoInTheOrderTheStagesCame() {
        group.stage("x", "map", false);
        group.stage("x", "filter", false);
        group.stage("x", "sink", true);
        group.stage("x #2", "map", false);
        assertEquals(List.of("x (map)", "x #2 (filter)", "x #3 (sink)", "x #2 #2 (map)"), names(group));
    }

    @Test
    void anInterpretedStageIsListedOnItsFirstEventAndNamedMeanwhileAsItWouldBe() {
        String[] name = {"first"};
        StageMeter lazy = group.lazyStage(() -> name[0], () -> "map", false, null);
        assertEquals(List.of(), names(group));
        assertEquals("first", lazy.stage(), "as it would be listed now");
        name[0] = null;
        assertEquals("map", lazy.stage(), "no name: its operator");
        name[0] = "second";
        lazy.countIn();
        name[0] = "third";
        assertEquals(List.of("second (map)"), names(group), "named once, when listed");
        assertEquals("second", lazy.stage());
    }

    @Test
    void aGeneratedPipelineWithoutMetricsGetsAGroupOfItsOwn() {
        MeterGroup own = MeterGroup.orCreate(null, "fused");
        assertEquals("fused", own.pipeline());
        assertEquals(PipelineMetrics.DEFAULT_LATENCY_SAMPLING, own.latencySampling());
        assertEquals(List.of(), own.stages());
        PipelineMetrics given = PipelineMetrics.create("given", 3);
        assertSame(given, MeterGroup.orCreate(given, "fused"));
    }

    @Test
    void describesItselfWithItsStages() {
        StageMeter parse = group.stage("parse", "map", false, () -> 3);
        StageMeter out = group.stage("out", "sink", true);
        parse.countIn();
        parse.countIn();
        parse.countOut();
        parse.recordFailure(new IllegalStateException("x"));
        out.countIn();
        out.recordLatency(40);
        assertEquals("orders/parse (map): in=2 out=1 failed=1 depth=3", parse.toString());
        assertEquals("orders/out (sink): in=1 out=0 failed=0 latency=1/40ns", out.toString());
        assertEquals(
                "PipelineMetrics[orders][orders/parse (map): in=2 out=1 failed=1 depth=3,"
                        + " orders/out (sink): in=1 out=0 failed=0 latency=1/40ns]",
                group.toString());
    }

    @Test
    void countedInPassesTheElementOnAndCountsIt() {
        StageMeter zip = group.stage("pairs", "zip", false);
        Object x = new Object();
        assertSame(x, zip.countedIn(x));
        assertNull(zip.countedIn(null));
        assertEquals(2, zip.in());
        assertEquals(0, zip.out());
    }

    @Test
    void derivingSettersReturnTheMeter() {
        StageMeter up = group.stage("up", "map", false);
        StageMeter down = group.stage("down", "filter", false);
        assertSame(down, down.inAsOutOf(up));
        assertSame(up, up.outAsInLessFailed());
        up.countIn();
        assertEquals(1, down.in());
    }

    @Test
    void handingOnCountsOutAndTimesEachElementFromThereToTheSink() {
        StageMeter buffer = group.stage("buf", "buffer", false);
        StageMeter sink = group.stage("out", "sink", true);
        CompletableFuture<Void> pending = new CompletableFuture<>();
        List<String> received = new ArrayList<>();
        Downstream<String> handing = buffer.handingTo(x -> {
            received.add(x);
            sink.countIn();
            now += 25;
            group.sinkReached(sink);
            return x.equals("slow") ? pending : null;
        });
        assertNull(handing.push("a"));
        assertSame(pending, handing.push("slow"));
        assertEquals(List.of("a", "slow"), received);
        assertEquals(2, buffer.out());
        assertEquals(2, sink.latencyCount(), "each push is an element of its own, timed (sampling 1)");
        assertEquals(50, sink.latencyTotalNanos());
        assertEquals(25, sink.latencyMaxNanos());
        assertTrue(group.enter(), "nothing left on its way");
        group.exit(true);
    }

    @Test
    void handingOnInsideAnElementOnItsWayIsPartOfThatElement() {
        StageMeter buffer = group.stage("buf", "buffer", false);
        StageMeter sink = group.stage("out", "sink", true);
        Downstream<String> handing = buffer.handingTo(x -> {
            now += 10;
            group.sinkReached(sink);
            return null;
        });
        boolean entered = group.enter();
        handing.push("inner");
        assertFalse(group.enter(), "the outer element is still on its way");
        group.exit(entered);
        assertEquals(1, sink.latencyCount());
        assertEquals(10, sink.latencyTotalNanos());
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void theHandOffQueueIsWhatOtherThreadsHandedToTheLoopAndItHasNotStarted() throws Exception {
        try (ScheduledEventLoop loop = new ScheduledEventLoop("hand-off-gauge", failure -> {})) {
            Stream<Integer> source = new Stream<>(loop);
            List<Integer> out = new ArrayList<>();
            source.sink(out::add);
            PipelineMetrics metrics = PipelineMetrics.create("gauge");
            source.withMetrics(metrics);
            CountDownLatch busy = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            loop.execute(() -> {
                busy.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            busy.await();
            CompletableFuture<Void> first = source.emit(1).toCompletableFuture();
            CompletableFuture<Void> second = source.emit(2).toCompletableFuture();
            assertEquals(2, metrics.handOffQueue());
            release.countDown();
            first.get(10, TimeUnit.SECONDS);
            second.get(10, TimeUnit.SECONDS);
            assertEquals(0, metrics.handOffQueue());
            assertEquals(List.of(1, 2), out);
        }
    }
}
