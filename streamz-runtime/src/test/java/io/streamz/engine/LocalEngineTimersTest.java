package io.streamz.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.streamz.VirtualTimeLoop;
import io.streamz.engine.TimerProbe.Fired;
import io.streamz.engine.TimerProbe.Register;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Per-key timers of {@link LocalEngine}: order, deduplication, keys, failures, both time modes. */
class LocalEngineTimersTest {
    private final VirtualTimeLoop loop = new VirtualTimeLoop();
    private final List<TimerProbe> probes = new ArrayList<>();
    private final PipelineSpec spec = TimerProbe.spec(probes);

    private LocalEngine processing() {
        return LocalEngine.builder(spec).loop(loop).build();
    }

    private List<Fired> fired() {
        return probes.get(0).fired;
    }

    @Test
    void timersFireAtTheirDueTimeInDueOrderWithTheirKeyCurrent() {
        LocalEngine engine = processing();
        engine.accept(0, "a", new Register(0, 30));
        engine.accept(0, "b", new Register(1, 10));
        engine.accept(0, "c", new Register(0, 20));
        loop.advanceBy(Duration.ofMillis(19));
        assertEquals(List.of(new Fired("b", 1, 10)), fired());
        loop.advanceBy(Duration.ofMillis(100));
        assertEquals(List.of(new Fired("b", 1, 10), new Fired("c", 0, 20), new Fired("a", 0, 30)), fired());
        assertEquals(0, engine.pendingTimers());
        assertEquals(null, engine.state().currentKey());
    }

    @Test
    void closeCancelsTheTimersAndRefusesLaterInputs() {
        LocalEngine engine = processing();
        engine.accept(0, "a", new Register(0, 10));
        engine.accept(0, "b", new Register(1, 20));
        loop.advanceBy(Duration.ofMillis(10));
        assertEquals(List.of(new Fired("a", 0, 10)), fired());
        assertEquals(1, loop.pendingTasks());

        engine.close();
        assertEquals(true, engine.isClosed());
        assertEquals(0, engine.pendingTimers());
        assertEquals(0, loop.pendingTasks(), "its wake-up is cancelled, not left on the loop");
        loop.advanceBy(Duration.ofSeconds(1));
        assertEquals(List.of(new Fired("a", 0, 10)), fired(), "nothing fires after close");
        io.streamz.StreamClosedException refused =
                assertThrows(io.streamz.StreamClosedException.class, () -> engine.accept(0, "c", new Register(0, 5)));
        assertEquals("accept on the LocalEngine of " + spec.pipeline() + ": the graph is closed", refused.getMessage());
        engine.close(); // closing twice does nothing

        LocalEngine eventTime = LocalEngine.builder(spec).time(TimeMode.EVENT).build();
        eventTime.accept(0, "a", new Register(0, 10), 0);
        eventTime.close();
        assertThrows(io.streamz.StreamClosedException.class, () -> eventTime.advanceStreamTime(100));
        assertThrows(io.streamz.StreamClosedException.class, () -> eventTime.accept(0, "a", new Register(0, 1), 1));
        assertEquals(0, eventTime.pendingTimers());
    }

    @Test
    void equalDueTimesFireInRegistrationOrder() {
        LocalEngine engine = processing();
        engine.accept(0, "z", new Register(1, 5));
        engine.accept(0, "a", new Register(0, 5));
        engine.accept(0, "m", new Register(1, 5));
        loop.advanceBy(Duration.ofMillis(5));
        assertEquals(List.of(new Fired("z", 1, 5), new Fired("a", 0, 5), new Fired("m", 1, 5)), fired());
    }

    @Test
    void registeringTheSameTimerKeyAndDueTimeAgainIsDeduplicated() {
        LocalEngine engine = processing();
        engine.accept(0, "a", new Register(0, 10));
        engine.accept(0, "a", new Register(0, 10)); // duplicate
        engine.accept(0, "b", new Register(0, 10)); // other key
        engine.accept(0, "a", new Register(1, 10)); // other timer
        engine.accept(0, "a", new Register(0, 11)); // other due time
        assertEquals(4, engine.pendingTimers());
        loop.advanceBy(Duration.ofMillis(20));
        assertEquals(
                List.of(new Fired("a", 0, 10), new Fired("b", 0, 10), new Fired("a", 1, 10), new Fired("a", 0, 11)),
                fired());
        engine.accept(0, "a", new Register(0, 30)); // after firing, the same registration is new again
        engine.accept(0, "a", new Register(0, 30));
        loop.advanceBy(Duration.ofMillis(20));
        assertEquals(new Fired("a", 0, 30), fired().get(4));
        assertEquals(5, fired().size());
    }

    @Test
    void aPastDueTimeFiresFromTheLoopNotInsideTheCall() {
        LocalEngine engine = processing();
        loop.advanceBy(Duration.ofMillis(50));
        engine.accept(0, "a", new Register(0, 10));
        assertEquals(List.of(), fired());
        loop.runDue();
        assertEquals(List.of(new Fired("a", 0, 50)), fired(), "called back at the current time");
    }

    @Test
    void aFailingCallbackIsReportedToTheLoopAndTheOtherDueTimersStillFire() {
        LocalEngine engine = processing();
        engine.accept(0, "a", new Register(TimerProbe.FAILING, 10));
        engine.accept(0, "b", new Register(0, 10));
        loop.advanceBy(Duration.ofMillis(10));
        assertEquals(List.of(new Fired("a", TimerProbe.FAILING, 10), new Fired("b", 0, 10)), fired());
        assertEquals(1, loop.failures().size());
        assertEquals("timer 2 fails for a", loop.failures().get(0).getMessage());
        assertEquals(null, engine.state().currentKey());
    }

    @Test
    void anUnknownTimerIsRefused() {
        LocalEngine engine = processing();
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> engine.accept(0, "a", new Register(3, 10)));
        assertEquals("io.streamz.engine.TimerProbe has no timer 3", e.getMessage());
    }

    @Test
    void processingTimeIsTheLoopsClockInMilliseconds() {
        LocalEngine engine = processing();
        assertEquals(0, engine.currentTimeMillis());
        loop.advanceBy(Duration.ofNanos(2_500_000));
        assertEquals(2, engine.currentTimeMillis());
        assertThrows(IllegalStateException.class, () -> engine.advanceStreamTime(5));
    }

    @Test
    void inEventTimeTimersFireWhenTheStreamTimeReachesThem() {
        LocalEngine engine = LocalEngine.builder(spec).time(TimeMode.EVENT).build();
        engine.accept(0, "a", new Register(0, 100), 40);
        engine.accept(0, "b", new Register(0, 60), 50);
        assertEquals(List.of(), fired());
        engine.accept(0, "c", new Register(1, 500), 70); // stream time 70: b's timer
        assertEquals(List.of(new Fired("b", 0, 70)), fired());
        engine.accept(0, "d", new Register(1, 500), 20); // late record: stream time stays 70
        assertEquals(1, fired().size());
        engine.advanceStreamTime(100);
        assertEquals(List.of(new Fired("b", 0, 70), new Fired("a", 0, 100)), fired());
        assertEquals(100, engine.currentTimeMillis());
        assertThrows(IllegalStateException.class, () -> engine.accept(0, "a", new Register(0, 1)));
    }

    @Test
    void inEventTimeTheTimeIsTheRecordsTimestampWhileItIsProcessed() {
        List<Long> seen = new ArrayList<>();
        PipelineSpec clock = PipelineSpec.builder("p.Clock")
                .unkeyedScope(0)
                .source("in", 0, 0, "int", io.streamz.codec.Codecs.INT)
                .stage("in", "source", 0)
                .task(context -> new PipelineTask() {
                    @Override
                    public void accept(int inputPort, Object key, Object value) {
                        seen.add(context.currentTimeMillis());
                    }

                    @Override
                    public void onTimer(int timer, long nowMillis) {}
                })
                .build();
        LocalEngine engine = LocalEngine.builder(clock).time(TimeMode.EVENT).build();
        engine.accept(0, null, 1, 40);
        engine.accept(0, null, 2, 10);
        assertEquals(List.of(40L, 10L), seen);
    }
}
