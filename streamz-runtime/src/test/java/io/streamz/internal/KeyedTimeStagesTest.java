package io.streamz.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.streamz.VirtualTimeLoop;
import io.streamz.codec.Codecs;
import io.streamz.engine.EngineContext;
import io.streamz.engine.LocalEngine;
import io.streamz.engine.PipelineSpec;
import io.streamz.engine.PipelineTask;
import io.streamz.engine.SinkKind;
import io.streamz.engine.StateSpec;
import io.streamz.engine.TimeMode;
import io.streamz.engine.TimerKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The keyed time helpers on {@link LocalEngine} and virtual time: per-key timing, order, windows
 * aligned and non-empty only, failures. Each test pipeline reads strings {@code "key:value"}
 * into a scope keyed by the part before the colon.
 */
class KeyedTimeStagesTest {
    private final VirtualTimeLoop loop = new VirtualTimeLoop();
    private final List<String> out = new ArrayList<>();

    /** A task around one helper: {@code offer} takes an element, {@code fire} a timer callback. */
    private interface Stage {
        void offer(EngineContext engine, String x);

        void fire(EngineContext engine, long now);
    }

    private LocalEngine engine(String kind, Function<EngineContext, Stage> stage, TimeMode mode) {
        PipelineSpec spec = PipelineSpec.builder("p.Timed")
                .keyedScope(0, "java.lang.String", Codecs.STRING)
                .source("in", 0, 0, "java.lang.String", Codecs.STRING)
                .stage("in", "source", 0)
                .stage("timed", kind, 0, "in")
                .stage("out", "sink", 0, "timed")
                .state(StateSpec.queue("timed", "timed", 0, Due.codec(Codecs.STRING)))
                .state(StateSpec.longCell("timed-slot", "timed", 0))
                .timer(0, "timed", TimerKind.DUE, 100, 0)
                .sink("out", 0, 0, "java.lang.String", Codecs.STRING, SinkKind.OUTPUT)
                .task(context -> {
                    Stage s = stage.apply(context);
                    return new PipelineTask() {
                        @Override
                        public void accept(int port, Object key, Object value) {
                            s.offer(context, (String) value);
                        }

                        @Override
                        public void onTimer(int timer, long now) {
                            s.fire(context, now);
                        }
                    };
                })
                .build();
        LocalEngine.Builder builder =
                LocalEngine.builder(spec).time(mode).sinkKeyed("out", (key, x) -> out.add(key + "@" + at() + ":" + x));
        return mode == TimeMode.PROCESSING ? builder.loop(loop).build() : builder.build();
    }

    private LocalEngine current;

    private long at() {
        return current.currentTimeMillis();
    }

    private void in(String keyed) {
        String[] parts = keyed.split(":", 2);
        current.accept(0, parts[0], parts[1]);
    }

    private void in(String keyed, long timestamp) {
        String[] parts = keyed.split(":", 2);
        current.accept(0, parts[0], parts[1], timestamp);
    }

    private void advance(long millis) {
        loop.advanceBy(Duration.ofMillis(millis));
    }

    @SuppressWarnings("unchecked")
    private static <T> io.streamz.engine.QueueState<Due<T>> queue(EngineContext engine) {
        return engine.state().queue(StateSpec.queue("timed", "timed", 0, Due.codec(Codecs.STRING)));
    }

    private Stage delay(EngineContext engine) {
        KeyedDelay<String> delay = new KeyedDelay<>(engine, queue(engine), 0, 100);
        return new Stage() {
            @Override
            public void offer(EngineContext e, String x) {
                delay.offer(x);
            }

            @Override
            public void fire(EngineContext e, long now) {
                delay.onTimer(now, x -> {
                    if (x.equals("boom")) {
                        throw new IllegalStateException("boom");
                    }
                    e.emit(0, x);
                });
            }
        };
    }

    @Test
    void aKeyedDelayReleasesEachElementExactlyItsDelayLaterInOrderPerKey() {
        current = engine("delay", this::delay, TimeMode.PROCESSING);
        in("a:1");
        advance(30);
        in("b:1");
        in("a:2");
        advance(69);
        assertEquals(List.of(), out);
        advance(1);
        assertEquals(List.of("a@100:1"), out);
        advance(30);
        assertEquals(List.of("a@100:1", "b@130:1", "a@130:2"), out);
        assertEquals(0, current.pendingTimers());
        assertEquals(1, current.state().keyCount(0), "only the last key's emptied row, until another key is current");
    }

    @Test
    void aFailingElementDoesNotStrandTheOthersDueWithIt() {
        current = engine("delay", this::delay, TimeMode.PROCESSING);
        in("a:boom");
        in("a:2");
        in("b:3");
        advance(100);
        assertEquals(List.of("a@100:2", "b@100:3"), out);
        assertEquals(1, loop.failures().size());
        assertEquals("boom", loop.failures().get(0).getMessage());
    }

    @Test
    void inEventTimeADelayIsCountedFromTheRecordsTimestamp() {
        current = engine("delay", this::delay, TimeMode.EVENT);
        in("a:1", 1000);
        in("a:2", 1050);
        in("b:3", 1099); // stream time 1099: nothing due yet
        assertEquals(List.of(), out);
        in("b:4", 1100);
        assertEquals(List.of("a@1100:1"), out);
        current.advanceStreamTime(1199);
        assertEquals(List.of("a@1100:1", "a@1199:2", "b@1199:3"), out);
    }

    private Stage window(EngineContext engine) {
        KeyedTimedWindow<String> window = new KeyedTimedWindow<>(engine, queue(engine), 0, 100);
        return new Stage() {
            @Override
            public void offer(EngineContext e, String x) {
                window.add(x);
            }

            @Override
            public void fire(EngineContext e, long now) {
                window.onTimer(now, w -> e.emit(0, String.join(",", w)));
            }
        };
    }

    @Test
    void keyedWindowsAreAlignedToTheIntervalAndOnlyNonEmptyOnesAreEmitted() {
        current = engine("timedWindow", this::window, TimeMode.PROCESSING);
        advance(50);
        in("a:1");
        in("b:1");
        advance(30);
        in("a:2");
        advance(20); // t = 100: the window [0, 100) closes
        assertEquals(List.of("a@100:1,2", "b@100:1"), out);
        advance(250); // nothing arrived: no empty windows
        assertEquals(2, out.size());
        in("b:2"); // t = 350: window [300, 400)
        advance(49);
        assertEquals(2, out.size());
        advance(1);
        assertEquals(List.of("a@100:1,2", "b@100:1", "b@400:2"), out);
    }

    private Stage windowUnique(EngineContext engine, boolean keepLast) {
        KeyedTimedWindowUnique<String> window = new KeyedTimedWindowUnique<>(engine, queue(engine), 0, 100, keepLast);
        return new Stage() {
            @Override
            public void offer(EngineContext e, String x) {
                window.add(x.substring(0, 1), x); // distinct by the first letter
            }

            @Override
            public void fire(EngineContext e, long now) {
                window.onTimer(now, w -> e.emit(0, String.join(",", w)));
            }
        };
    }

    @Test
    void keyedDistinctWindowsKeepTheFirstOfEachKeyInTheOrderKeysCame() {
        current = engine("timedWindowUnique", e -> windowUnique(e, false), TimeMode.PROCESSING);
        advance(50);
        in("a:x1");
        in("a:y1");
        in("b:x9");
        advance(10);
        in("a:x2");
        advance(40); // t = 100: the window [0, 100) closes
        assertEquals(List.of("a@100:x1,y1", "b@100:x9"), out);
        in("a:y2");
        in("a:x3");
        in("a:y3");
        advance(250); // [100, 200) goes at 200; then nothing: no empty windows
        assertEquals(List.of("a@100:x1,y1", "b@100:x9", "a@200:y2,x3"), out);
        assertEquals(0, current.pendingTimers());
    }

    @Test
    void keyedDistinctWindowsWithKeepLastKeepTheLatestInTheOrderOfThoseLatest() {
        current = engine("timedWindowUnique", e -> windowUnique(e, true), TimeMode.EVENT);
        in("a:x1", 10);
        in("a:y1", 20);
        in("a:x2", 30);
        in("a:z1", 150); // the window [0, 100) goes at 150
        assertEquals(List.of("a@150:y1,x2"), out);
        current.advanceStreamTime(200);
        assertEquals(List.of("a@150:y1,x2", "a@200:z1"), out);
    }

    @Test
    void aLateCallbackStillEmitsEachWindowOnItsOwn() {
        current = engine("timedWindow", this::window, TimeMode.EVENT);
        in("a:1", 10);
        in("a:2", 150); // window [100, 200); the callback for [0, 100) is due at 150 too
        assertEquals(List.of("a@150:1"), out);
        in("a:3", 420);
        assertEquals(List.of("a@150:1", "a@420:2"), out);
        current.advanceStreamTime(500);
        assertEquals(List.of("a@150:1", "a@420:2", "a@500:3"), out);
    }

    private Stage rateLimit(EngineContext engine) {
        KeyedRateLimit<String> limit = new KeyedRateLimit<>(
                engine, engine.state().longState(StateSpec.longCell("timed-slot", "timed", 0)), queue(engine), 0, 100);
        return new Stage() {
            @Override
            public void offer(EngineContext e, String x) {
                limit.offer(x, v -> e.emit(0, v));
            }

            @Override
            public void fire(EngineContext e, long now) {
                limit.onTimer(now, v -> e.emit(0, v));
            }
        };
    }

    @Test
    void aKeyedRateLimitSpacesEachKeyOnItsOwn() {
        current = engine("rateLimit", this::rateLimit, TimeMode.PROCESSING);
        in("a:1"); // t = 0: passes at once
        in("a:2"); // slot 100
        in("b:1"); // another key: at once
        in("a:3"); // slot 200
        assertEquals(List.of("a@0:1", "b@0:1"), out);
        advance(100);
        assertEquals(List.of("a@0:1", "b@0:1", "a@100:2"), out);
        advance(150); // t = 250
        in("a:4"); // slot max(250, 300) = 300
        in("b:2"); // b's next slot 100 has passed: at once
        assertEquals(List.of("a@0:1", "b@0:1", "a@100:2", "a@200:3", "b@250:2"), out);
        advance(50);
        assertEquals("a@300:4", out.get(5));
        advance(1000);
        in("a:5"); // long after: at once again
        assertEquals("a@1300:5", out.get(6));
    }

    @Test
    void badIntervalsAreRefused() {
        current = engine("delay", this::delay, TimeMode.PROCESSING);
        EngineContext[] context = new EngineContext[1];
        engine(
                "delay",
                e -> {
                    context[0] = e;
                    return delay(e);
                },
                TimeMode.PROCESSING);
        assertThrows(
                IllegalArgumentException.class, () -> new KeyedDelay<String>(context[0], queue(context[0]), 0, -1));
        assertThrows(
                IllegalArgumentException.class,
                () -> new KeyedTimedWindow<String>(context[0], queue(context[0]), 0, 0));
        assertEquals(
                "rate limit interval must be >= 0 ms, not -5",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> new KeyedRateLimit<String>(context[0], null, queue(context[0]), 0, -5))
                        .getMessage());
    }

    @Test
    void dueElementsRoundTripThroughTheirCodec() {
        var codec = Due.codec(Codecs.STRING);
        assertEquals(new Due<>(5L, "x"), codec.fromBytes(codec.toBytes(new Due<>(5L, "x"))));
        assertEquals(new Due<String>(-1L, null), codec.fromBytes(codec.toBytes(new Due<>(-1L, null))));
        assertEquals("record io.streamz.internal.Due{due:long,value:string?}", codec.schema());
    }
}
