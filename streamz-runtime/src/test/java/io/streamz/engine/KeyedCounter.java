package io.streamz.engine;

import io.streamz.codec.Codecs;

/**
 * A hand-written task for the row cache of {@link LocalEngine} and {@link HeapBackend}: events
 * enter unkeyed (scope 0) and are re-keyed into scope 1, where a {@code LongState} counts them per
 * key and a {@code ValueState} keeps the last kind. What each event does in scope 1 depends on
 * its kind:
 *
 * <ul>
 *   <li>{@code count}: counts, registers a timer 10 ms later and emits {@code key=count};
 *   <li>{@code peek}: touches no state (a key that only peeks has no row);
 *   <li>{@code nest:K}: re-keys a {@code count} of key {@code K} into the same scope first (a
 *       nested exchange), then counts its own key.
 * </ul>
 *
 * A timer emits {@code key=flush:count} and clears both states: the key's row empties.
 */
final class KeyedCounter implements PipelineTask {
    static final int SOURCE = 0;
    static final int BY_KEY = 1;
    static final int NESTED = 2;

    record Event(String key, String kind) {}

    static final PipelineSpec SPEC = PipelineSpec.builder("io.streamz.engine.KeyedCounter")
            .unkeyedScope(0)
            .keyedScope(1, "java.lang.String", Codecs.STRING)
            .source("events", SOURCE, 0, "Event", null)
            .exchange("byKey", BY_KEY, 0, 1, "Event", null)
            .exchange("nested", NESTED, 1, 1, "Event", null)
            .stage("events", "source", 0)
            .stage("byKey", "keyBy", 0, "events")
            .stage("count", "accumulate", 1, "byKey")
            .stage("nested", "keyBy", 1, "count")
            .stage("out", "sink", 1, "count")
            .state(StateSpec.longCell("count", "count", 1))
            .state(StateSpec.value("last", "count", 1, Codecs.STRING))
            .timer(0, "count", TimerKind.DUE, 10, 1)
            .sink("out", 0, 1, "java.lang.String", Codecs.STRING, SinkKind.OUTPUT)
            .notDistributable("events", "streamz.missing-codec", "Event has no codec")
            .task(KeyedCounter::new)
            .build();

    private final EngineContext engine;
    private final LongState count;
    private final ValueState<String> last;

    private KeyedCounter(EngineContext engine) {
        this.engine = engine;
        this.count = engine.state().longState(SPEC.state("count"));
        this.last = engine.state().value(SPEC.state("last"));
    }

    @Override
    public void accept(int port, Object key, Object value) {
        Event event = (Event) value;
        switch (port) {
            case SOURCE -> engine.exchange(BY_KEY, event.key(), event);
            case BY_KEY, NESTED -> inScope(event);
            default -> throw new IllegalArgumentException("no port " + port);
        }
    }

    private void inScope(Event event) {
        if (event.kind().equals("peek")) {
            return;
        }
        if (event.kind().startsWith("nest:")) {
            String other = event.kind().substring("nest:".length());
            engine.exchange(NESTED, other, new Event(other, "count"));
        }
        long n = (count.isSet() ? count.get() : 0) + 1;
        count.set(n);
        last.set(event.kind());
        engine.timers().register(0, engine.currentTimeMillis() + 10);
        engine.emit(0, engine.currentKey() + "=" + n);
    }

    @Override
    public void onTimer(int timer, long nowMillis) {
        engine.emit(0, engine.currentKey() + "=flush:" + count.get());
        count.clear();
        last.clear();
    }
}
