package io.streamz.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The consistency rules of a {@link PipelineSpec}, checked when it is built. */
final class SpecChecks {
    private final PipelineSpec.Builder spec;
    private final Map<String, StageSpec> stages = new HashMap<>();

    private SpecChecks(PipelineSpec.Builder spec) {
        this.spec = spec;
    }

    /** Sorts the ports and throws {@link IllegalArgumentException} at the first rule broken. */
    static void check(PipelineSpec.Builder spec) {
        spec.sources.sort(Comparator.comparingInt(SourceSpec::port));
        spec.exchanges.sort(Comparator.comparingInt(ExchangeSpec::port));
        spec.sinks.sort(Comparator.comparingInt(SinkSpec::port));
        SpecChecks checks = new SpecChecks(spec);
        checks.scopes();
        checks.stages();
        checks.ports();
        checks.states();
        checks.timers();
        checks.codecs();
    }

    private void scopes() {
        if (spec.scopes.isEmpty()) {
            fail("has no key scope");
        }
        for (int i = 0; i < spec.scopes.size(); i++) {
            if (spec.scopes.get(i).index() != i) {
                fail("scopes must be added in index order 0, 1, 2...; scope "
                        + spec.scopes.get(i).index() + " is number " + i);
            }
        }
    }

    private void stages() {
        for (StageSpec stage : spec.stages) {
            scopeExists(stage.scope(), "stage '" + stage.name() + "'");
            if (stages.put(stage.name(), stage) != null) {
                fail("has two stages named '" + stage.name() + "'");
            }
        }
        for (StageSpec stage : spec.stages) {
            for (String upstream : stage.upstreams()) {
                if (!stages.containsKey(upstream)) {
                    fail("stage '" + stage.name() + "' names upstream '" + upstream + "', which is not a stage");
                }
            }
        }
    }

    private void ports() {
        List<Integer> inputs = new ArrayList<>();
        for (SourceSpec source : spec.sources) {
            inputs.add(source.port());
            inStage(source.name(), source.scope(), "source");
        }
        for (ExchangeSpec exchange : spec.exchanges) {
            inputs.add(exchange.port());
            inStage(exchange.name(), exchange.fromScope(), "exchange");
            scopeExists(exchange.toScope(), "exchange '" + exchange.name() + "'");
            if (!spec.scopes.get(exchange.toScope()).isKeyed()) {
                fail("exchange '" + exchange.name() + "' leads into unkeyed scope " + exchange.toScope());
            }
        }
        dense(inputs, "input ports (sources and exchanges)");
        List<Integer> outputs = new ArrayList<>();
        for (SinkSpec sink : spec.sinks) {
            outputs.add(sink.port());
            inStage(sink.name(), sink.scope(), "sink");
        }
        dense(outputs, "output ports (sinks)");
    }

    private void states() {
        Set<String> names = new HashSet<>();
        for (StateSpec state : spec.states) {
            if (!names.add(state.name())) {
                fail("has two states named '" + state.name() + "'");
            }
            inStage(state.stage(), state.scope(), "state '" + state.name() + "' of");
        }
    }

    private void timers() {
        for (int i = 0; i < spec.timers.size(); i++) {
            TimerSpec timer = spec.timers.get(i);
            if (timer.index() != i) {
                fail("timers must be added in index order 0, 1, 2...; timer " + timer.index() + " is number " + i);
            }
            inStage(timer.stage(), timer.scope(), "timer " + i + " of");
        }
    }

    private void codecs() {
        if (!spec.notDistributable.isEmpty()) {
            return;
        }
        for (ScopeSpec scope : spec.scopes) {
            requireCodec(!scope.isKeyed() || scope.keyCodec() != null, "keyed scope " + scope.index());
        }
        spec.sources.forEach(s -> requireCodec(s.codec() != null, "source '" + s.name() + "'"));
        spec.exchanges.forEach(e -> requireCodec(e.valueCodec() != null, "exchange '" + e.name() + "'"));
        spec.sinks.forEach(
                s -> requireCodec(s.kind() == SinkKind.SIDE_EFFECT || s.codec() != null, "sink '" + s.name() + "'"));
        spec.states.forEach(s -> requireCodec(s.hasCodecs(), "state '" + s.name() + "'"));
    }

    private void requireCodec(boolean present, String what) {
        if (!present) {
            fail("gives " + what + " no codec but lists no reason it is not distributable");
        }
    }

    private void inStage(String name, int scope, String what) {
        StageSpec stage = stages.get(name);
        if (stage == null) {
            fail(what + " '" + name + "' is not a stage");
        }
        if (stage.scope() != scope) {
            fail(what + " '" + name + "' is in scope " + scope + " but its stage is in scope " + stage.scope());
        }
    }

    private void scopeExists(int scope, String what) {
        if (scope < 0 || scope >= spec.scopes.size()) {
            fail(what + " is in scope " + scope + ", which does not exist");
        }
    }

    private void dense(List<Integer> ports, String what) {
        List<Integer> sorted = new ArrayList<>(ports);
        sorted.sort(null);
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i) != i) {
                fail("numbers its " + what + " " + sorted + "; they must be 0, 1, 2... each once");
            }
        }
    }

    private void fail(String message) {
        throw new IllegalArgumentException("the spec of " + spec.pipeline + " " + message);
    }
}
