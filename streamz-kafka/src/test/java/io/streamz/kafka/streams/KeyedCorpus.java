package io.streamz.kafka.streams;

import io.streamz.codec.Codec;
import io.streamz.codec.Codecs;
import io.streamz.engine.EngineContext;
import io.streamz.engine.PipelineSpec;
import io.streamz.engine.PipelineTask;
import io.streamz.engine.SinkKind;
import io.streamz.engine.StateSpec;
import io.streamz.engine.TimerKind;
import io.streamz.internal.Due;
import io.streamz.internal.KeyedTimedWindow;
import io.streamz.kafka.streams.Corpus.Event;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Hand-written specs and tasks (as the processor is to generate them) for the stage kinds the
 * processor does not generate in a key scope yet (the keyed {@code @TimedWindow}): a source
 * {@code events} of {@link Event}, a {@code @KeyBy} on {@link Event#key()}, then one keyed stage
 * whose body the case gives, then a sink {@code out}:
 *
 * <pre>
 * &#64;Source void events(Event e);
 * &#64;KeyBy(key = "key") Event byKey(Event e);
 * &#64;... stage(...);                 // the case
 * &#64;Sink void out(T x);             // or a default-body sink
 * </pre>
 */
final class KeyedCorpus {
    /** The codec the processor derives for {@link Event}. */
    @SuppressWarnings("unchecked")
    static final Codec<Event> EVENT =
            (Codec<Event>) Streamz_Corpus_Means.spec().source("events").codec();

    static final int SOURCE_EVENTS = 0;
    static final int EXCHANGE_BY_KEY = 1;
    static final int SINK_OUT = 0;

    /** The keyed stage of a case: per task, with the engine and a way to the sink. */
    interface Body {
        void accept(Event e);

        default void onTimer(int timer, long nowMillis) {
            throw new IllegalArgumentException("no timer " + timer);
        }
    }

    /** How a case declares its stage: kind, state, timers, sink type and codec, body. */
    record Case(
            String stage,
            String kind,
            List<StateSpec> states,
            List<Timer> timers,
            String sinkType,
            Codec<?> sinkCodec,
            SinkKind sinkKind,
            BiFunction<EngineContext, Consumer<Object>, Body> body) {}

    /** A timer of the stage. */
    record Timer(TimerKind kind, long intervalMillis) {}

    private KeyedCorpus() {}

    /** {@code @TimedWindow(millis)} per key: windows aligned to multiples of {@code millis}, non-empty ones. */
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
                    return new Body() {
                        @Override
                        public void accept(Event e) {
                            w.add(e.value());
                        }

                        @Override
                        public void onTimer(int timer, long nowMillis) {
                            w.onTimer(nowMillis, x -> out.accept(x));
                        }
                    };
                });
    }

    static PipelineSpec spec(String pipeline, Case c) {
        PipelineSpec.Builder spec = PipelineSpec.builder("io.streamz.kafka.streams." + pipeline)
                .unkeyedScope(0)
                .keyedScope(1, "java.lang.String", Codecs.STRING)
                .source("events", SOURCE_EVENTS, 0, "io.streamz.kafka.streams.Corpus.Event", EVENT)
                .exchange("byKey", EXCHANGE_BY_KEY, 0, 1, "io.streamz.kafka.streams.Corpus.Event", EVENT)
                .stage("events", "source", 0)
                .stage("byKey", "keyBy", 0, "events")
                .stage(c.stage(), c.kind(), 1, "byKey")
                .stage("out", "sink", 1, c.stage())
                .sink("out", SINK_OUT, 1, c.sinkType(), c.sinkCodec(), c.sinkKind());
        c.states().forEach(spec::state);
        for (int i = 0; i < c.timers().size(); i++) {
            spec.timer(i, c.stage(), c.timers().get(i).kind(), c.timers().get(i).intervalMillis(), 1);
        }
        return spec.task(context -> new Task(context, c.body())).build();
    }

    /** The generated {@code Engine} body: events -> byKey (exchange), then the case's stage -> out. */
    private static final class Task implements PipelineTask {
        private final EngineContext engine;
        private final Body body;

        Task(EngineContext engine, BiFunction<EngineContext, Consumer<Object>, Body> body) {
            this.engine = engine;
            this.body = body.apply(engine, x -> engine.emit(SINK_OUT, x));
        }

        @Override
        public void accept(int port, Object key, Object value) {
            switch (port) {
                case SOURCE_EVENTS -> engine.exchange(EXCHANGE_BY_KEY, ((Event) value).key(), value);
                case EXCHANGE_BY_KEY -> body.accept((Event) value);
                default -> throw new IllegalArgumentException("no input port " + port);
            }
        }

        @Override
        public void onTimer(int timer, long nowMillis) {
            body.onTimer(timer, nowMillis);
        }
    }
}
