package io.streamz.kafka.streams;

import io.streamz.codec.Codecs;
import io.streamz.engine.EngineContext;
import io.streamz.engine.PipelineSpec;
import io.streamz.engine.PipelineTask;
import io.streamz.engine.QueueState;
import io.streamz.engine.SinkKind;
import io.streamz.engine.StateSpec;
import io.streamz.kafka.streams.KeyedCorpus.Event;
import java.util.List;

/**
 * A keyed zip of two topics, as the processor is to generate it:
 *
 * <pre>
 * &#64;Source void left(Event e);       &#64;Source void right(Event e);
 * &#64;KeyBy(key = "key") Event leftByKey(Event e);
 * &#64;KeyBy(key = "key", from = "right") Event rightByKey(Event e);
 * &#64;Zip(from = {"leftByKey", "rightByKey"}) List&lt;Object&gt; pairs(Event l, Event r);   // per key
 * &#64;Sink void out(List&lt;Object&gt; pair);
 * </pre>
 */
final class KeyedZip {
    static final StateSpec LEFT = StateSpec.queue("pairs-0", "pairs", 2, KeyedCorpus.EVENT);
    static final StateSpec RIGHT = StateSpec.queue("pairs-1", "pairs", 2, KeyedCorpus.EVENT);
    static final String EVENT = "io.streamz.kafka.streams.KeyedCorpus.Event";

    static final PipelineSpec SPEC = PipelineSpec.builder("io.streamz.kafka.streams.KeyedZip")
            .unkeyedScope(0)
            .unkeyedScope(1)
            .keyedScope(2, "java.lang.String", Codecs.STRING)
            .source("left", 0, 0, EVENT, KeyedCorpus.EVENT)
            .source("right", 1, 1, EVENT, KeyedCorpus.EVENT)
            .exchange("leftByKey", 2, 0, 2, EVENT, KeyedCorpus.EVENT)
            .exchange("rightByKey", 3, 1, 2, EVENT, KeyedCorpus.EVENT)
            .stage("left", "source", 0)
            .stage("right", "source", 1)
            .stage("leftByKey", "keyBy", 0, "left")
            .stage("rightByKey", "keyBy", 1, "right")
            .stage("pairs", "zip", 2, "leftByKey", "rightByKey")
            .stage("out", "sink", 2, "pairs")
            .state(LEFT)
            .state(RIGHT)
            .sink(
                    "out",
                    0,
                    2,
                    "java.util.List<Object>",
                    Codecs.tuple(KeyedCorpus.EVENT, KeyedCorpus.EVENT),
                    SinkKind.OUTPUT)
            .task(Task::new)
            .build();

    private KeyedZip() {}

    private static final class Task implements PipelineTask {
        private final EngineContext engine;
        private final QueueState<Event> left;
        private final QueueState<Event> right;

        Task(EngineContext engine) {
            this.engine = engine;
            this.left = engine.state().queue(LEFT);
            this.right = engine.state().queue(RIGHT);
        }

        @Override
        public void accept(int port, Object key, Object value) {
            Event e = (Event) value;
            switch (port) {
                case 0 -> engine.exchange(2, e.key(), e);
                case 1 -> engine.exchange(3, e.key(), e);
                case 2 -> zip(left, right, e, true);
                case 3 -> zip(right, left, e, false);
                default -> throw new IllegalArgumentException("KeyedZip has no input port " + port);
            }
        }

        private void zip(QueueState<Event> mine, QueueState<Event> other, Event e, boolean isLeft) {
            if (other.isEmpty()) {
                mine.add(e);
                return;
            }
            Event partner = other.poll();
            engine.emit(0, isLeft ? List.of(e, partner) : List.of(partner, e));
        }

        @Override
        public void onTimer(int timer, long nowMillis) {
            throw new IllegalArgumentException("KeyedZip has no timer " + timer);
        }
    }
}
