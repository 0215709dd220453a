package io.streamz.engine;

import io.streamz.codec.Codecs;
import java.util.ArrayList;
import java.util.List;

/**
 * A task whose source sits in a keyed scope: each element asks it to register timers, and each
 * callback is recorded with the key current at that moment. A timer whose index is {@link #FAILING}
 * throws when it fires.
 */
final class TimerProbe implements PipelineTask {
    static final int FAILING = 2;

    /** Asks the probe to register {@code timer} at {@code due} (the current key is the record's key). */
    record Register(int timer, long due) {}

    /** One callback. */
    record Fired(Object key, int timer, long now) {}

    final List<Fired> fired = new ArrayList<>();
    private final EngineContext engine;

    static PipelineSpec spec(List<TimerProbe> created) {
        return PipelineSpec.builder("io.streamz.engine.TimerProbe")
                .keyedScope(0, "java.lang.String", Codecs.STRING)
                .source("requests", 0, 0, "Register", null)
                .stage("requests", "source", 0)
                .stage("probe", "delay", 0, "requests")
                .timer(0, "probe", TimerKind.DUE, 10, 0)
                .timer(1, "probe", TimerKind.WINDOW, 10, 0)
                .timer(FAILING, "probe", TimerKind.DUE, 10, 0)
                .notDistributable("requests", "streamz.missing-codec", "Register has no codec")
                .task(context -> {
                    TimerProbe probe = new TimerProbe(context);
                    created.add(probe);
                    return probe;
                })
                .build();
    }

    private TimerProbe(EngineContext engine) {
        this.engine = engine;
    }

    @Override
    public void accept(int port, Object key, Object value) {
        Register register = (Register) value;
        engine.timers().register(register.timer(), register.due());
    }

    @Override
    public void onTimer(int timer, long nowMillis) {
        fired.add(new Fired(engine.currentKey(), timer, nowMillis));
        if (timer == FAILING) {
            throw new IllegalStateException("timer " + timer + " fails for " + engine.currentKey());
        }
    }
}
