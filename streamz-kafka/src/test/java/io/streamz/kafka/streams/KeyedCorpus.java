package io.streamz.kafka.streams;

import io.streamz.codec.Codec;
import io.streamz.codec.Codecs;
import io.streamz.engine.EngineContext;
import io.streamz.engine.PipelineSpec;
import io.streamz.engine.PipelineTask;
import io.streamz.engine.SinkKind;
import io.streamz.engine.StateSpec;
import io.streamz.engine.TimerKind;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Hand-written specs and tasks (as the processor is to generate them) for the parity corpus: a
 * source {@code events} of {@link Event}, a {@code @KeyBy} on {@link Event#key()}, then one
 * keyed stage whose body the case gives, then a sink {@code out}:
 *
 * <pre>
 * &#64;Source void events(Event e);
 * &#64;KeyBy(key = "key") Event byKey(Event e);
 * &#64;... stage(...);                 // the case
 * &#64;Sink void out(T x);             // or a default-body sink
 * </pre>
 */
final class KeyedCorpus {
    record Event(String key, long value) {}

    static final Codec<Event> EVENT = Codecs.record(
            "io.streamz.kafka.streams.KeyedCorpus.Event",
            c -> new Event((String) c[0], (Long) c[1]),
            Codecs.field("key", Codecs.STRING, Event::key),
            Codecs.field("value", Codecs.LONG, Event::value));

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

    static PipelineSpec spec(String pipeline, Case c) {
        PipelineSpec.Builder spec = PipelineSpec.builder("io.streamz.kafka.streams." + pipeline)
                .unkeyedScope(0)
                .keyedScope(1, "java.lang.String", Codecs.STRING)
                .source("events", SOURCE_EVENTS, 0, "io.streamz.kafka.streams.KeyedCorpus.Event", EVENT)
                .exchange("byKey", EXCHANGE_BY_KEY, 0, 1, "io.streamz.kafka.streams.KeyedCorpus.Event", EVENT)
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
