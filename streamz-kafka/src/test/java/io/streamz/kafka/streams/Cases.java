package io.streamz.kafka.streams;

import io.streamz.codec.Codecs;
import io.streamz.engine.LongState;
import io.streamz.engine.MapState;
import io.streamz.engine.QueueState;
import io.streamz.engine.SetState;
import io.streamz.engine.SinkKind;
import io.streamz.engine.StateSpec;
import io.streamz.engine.TimerKind;
import io.streamz.engine.ValueState;
import io.streamz.internal.Due;
import io.streamz.internal.KeyedDelay;
import io.streamz.internal.KeyedRateLimit;
import io.streamz.internal.KeyedTimedWindow;
import io.streamz.kafka.streams.KeyedCorpus.Body;
import io.streamz.kafka.streams.KeyedCorpus.Case;
import io.streamz.kafka.streams.KeyedCorpus.Event;
import io.streamz.kafka.streams.KeyedCorpus.Timer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** The cases of the parity corpus, each a keyed stage as the generated task would run it. */
final class Cases {
    private Cases() {}

    /** {@code @Accumulate} returning its state: per key {sum, count} in a double[], emits the mean. */
    static Case returnsStateMean() {
        StateSpec mean = StateSpec.value("mean", "mean", 1, Codecs.DOUBLE_ARRAY);
        return new Case(
                "mean",
                "accumulate",
                List.of(mean),
                List.of(),
                "double",
                Codecs.DOUBLE,
                SinkKind.OUTPUT,
                (engine, out) -> {
                    ValueState<double[]> state = engine.state().value(mean);
                    return e -> {
                        double[] s = state.isSet() ? state.get() : new double[2];
                        s[0] += e.value();
                        s[1] += 1;
                        state.set(s);
                        out.accept(s[0] / s[1]);
                    };
                });
    }

    /** {@code @Unique(history = 3)}: an LRU of the last 3 values per key. */
    static Case uniqueLru() {
        StateSpec seen = StateSpec.set("fresh", "fresh", 1, Codecs.LONG, 3);
        return new Case(
                "fresh", "unique", List.of(seen), List.of(), "long", Codecs.LONG, SinkKind.OUTPUT, (engine, out) -> {
                    SetState<Long> set = engine.state().set(seen);
                    return e -> {
                        if (set.add(e.value())) {
                            out.accept(e.value());
                        }
                    };
                });
    }

    /** {@code @SlidingWindow(3)}: the last three values per key, emitted whole every element. */
    static Case slidingWindow() {
        StateSpec ring = StateSpec.value("lastThree", "lastThree", 1, Codecs.list(Codecs.LONG));
        return new Case(
                "lastThree",
                "slidingWindow",
                List.of(ring),
                List.of(),
                "java.util.List<Long>",
                Codecs.list(Codecs.LONG),
                SinkKind.OUTPUT,
                (engine, out) -> {
                    ValueState<List<Long>> state = engine.state().value(ring);
                    return e -> {
                        List<Long> window = state.isSet() ? state.get() : new ArrayList<>();
                        window.add(e.value());
                        if (window.size() > 3) {
                            window.remove(0);
                        }
                        state.set(window);
                        out.accept(List.copyOf(window));
                    };
                });
    }

    /** {@code @Partition(n = 2, key = "parity")}: per key and value % 3, pairs. */
    static Case partitionWithKey() {
        StateSpec buffers = StateSpec.map("pairs", "pairs", 1, Codecs.LONG, Codecs.list(Codecs.LONG));
        return new Case(
                "pairs",
                "partition",
                List.of(buffers),
                List.of(),
                "java.util.List<Long>",
                Codecs.list(Codecs.LONG),
                SinkKind.OUTPUT,
                (engine, out) -> {
                    MapState<Long, List<Long>> map = engine.state().map(buffers);
                    return e -> {
                        long group = e.value() % 3;
                        List<Long> buffer = map.containsKey(group) ? map.get(group) : new ArrayList<>();
                        buffer.add(e.value());
                        if (buffer.size() == 2) {
                            map.remove(group);
                            out.accept(List.copyOf(buffer));
                        } else {
                            map.put(group, buffer);
                        }
                    };
                });
    }

    /** A lock-step zip of two maps of the element (no state): emits the pair. */
    static Case lockStepZip() {
        return new Case(
                "pair",
                "zip",
                List.of(),
                List.of(),
                "java.util.List<Object>",
                Codecs.tuple(Codecs.LONG, Codecs.STRING),
                SinkKind.OUTPUT,
                (engine, out) -> e -> out.accept(List.of(e.value() * 2, e.key() + e.value())));
    }

    /** {@code @TimedWindow(100 ms)} per key. */
    static Case timedWindow(long millis) {
        StateSpec window = StateSpec.queue("perWindow", "perWindow", 1, Due.codec(Codecs.LONG));
        return new Case(
                "perWindow",
                "timedWindow",
                List.of(window),
                List.of(new Timer(TimerKind.WINDOW, millis)),
                "java.util.List<Long>",
                Codecs.list(Codecs.LONG),
                SinkKind.OUTPUT,
                (engine, out) -> {
                    KeyedTimedWindow<Long> w =
                            new KeyedTimedWindow<>(engine, engine.state().queue(window), 0, millis);
                    return timed(e -> w.add(e.value()), now -> w.onTimer(now, x -> out.accept(x)));
                });
    }

    /** {@code @Delay(50 ms)} per key. */
    static Case delay(long millis) {
        StateSpec pending = StateSpec.queue("later", "later", 1, Due.codec(Codecs.LONG));
        return new Case(
                "later",
                "delay",
                List.of(pending),
                List.of(new Timer(TimerKind.DUE, millis)),
                "long",
                Codecs.LONG,
                SinkKind.OUTPUT,
                (engine, out) -> {
                    KeyedDelay<Long> d = new KeyedDelay<>(engine, engine.state().queue(pending), 0, millis);
                    return timed(e -> d.offer(e.value()), now -> d.onTimer(now, x -> out.accept(x)));
                });
    }

    /** {@code @RateLimit(30 ms)} per key. */
    static Case rateLimit(long millis) {
        StateSpec slot = StateSpec.longCell("paced-slot", "paced", 1);
        StateSpec pending = StateSpec.queue("paced", "paced", 1, Due.codec(Codecs.LONG));
        return new Case(
                "paced",
                "rateLimit",
                List.of(slot, pending),
                List.of(new Timer(TimerKind.DUE, millis)),
                "long",
                Codecs.LONG,
                SinkKind.OUTPUT,
                (engine, out) -> {
                    LongState next = engine.state().longState(slot);
                    QueueState<Due<Long>> queue = engine.state().queue(pending);
                    KeyedRateLimit<Long> r = new KeyedRateLimit<>(engine, next, queue, 0, millis);
                    Consumer<Long> down = x -> out.accept(x);
                    return timed(e -> r.offer(e.value(), down), now -> r.onTimer(now, down));
                });
    }

    /** Side effects of the default-body sink, by run, then key. */
    static final Map<String, Map<String, List<Long>>> EFFECTS = new ConcurrentHashMap<>();

    /** An accumulate feeding a default-body sink that records (run, key, total). */
    static Case defaultBodySink(String run) {
        StateSpec total = StateSpec.longCell("total", "total", 1);
        return new Case(
                "total",
                "accumulate",
                List.of(total),
                List.of(),
                "long",
                Codecs.LONG,
                SinkKind.SIDE_EFFECT,
                (engine, out) -> {
                    LongState t = engine.state().longState(total);
                    return e -> {
                        long sum = t.get() + e.value();
                        t.set(sum);
                        EFFECTS.computeIfAbsent(run, r -> new ConcurrentHashMap<>())
                                .computeIfAbsent((String) engine.currentKey(), k -> new ArrayList<>())
                                .add(sum);
                    };
                });
    }

    private interface TimerBody {
        void fire(long now);
    }

    private static Body timed(Consumer<Event> accept, TimerBody fire) {
        return new Body() {
            @Override
            public void accept(Event e) {
                accept.accept(e);
            }

            @Override
            public void onTimer(int timer, long nowMillis) {
                fire.fire(nowMillis);
            }
        };
    }
}
