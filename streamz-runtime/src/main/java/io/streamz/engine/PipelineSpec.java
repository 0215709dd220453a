package io.streamz.engine;

import io.streamz.codec.Codec;
import io.streamz.codec.Codecs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything an engine needs to run a pipeline, with no reflection and no user code: numbered
 * ports (sources and exchanges in, sinks out), key scopes with their key codecs, the stages,
 * per-key state and timers, the reasons the pipeline cannot be distributed, and the factory of
 * its task. The streamz processor generates one per keyed or distributed {@code @Pipeline}
 * ({@code Streamz_X.spec()}); {@link #builder} checks it is consistent.
 *
 * <p>Input ports number the sources and the exchanges together from 0; output ports number the
 * sinks from 0. Immutable and thread-safe.
 */
public final class PipelineSpec {
    private final String pipeline;
    private final List<ScopeSpec> scopes;
    private final List<SourceSpec> sources;
    private final List<ExchangeSpec> exchanges;
    private final List<SinkSpec> sinks;
    private final List<StageSpec> stages;
    private final List<StateSpec> states;
    private final List<TimerSpec> timers;
    private final List<NotDistributable> notDistributable;
    private final TaskFactory task;
    private final Map<String, StateSpec> statesByName;

    private PipelineSpec(Builder b) {
        this.pipeline = b.pipeline;
        this.scopes = List.copyOf(b.scopes);
        this.sources = List.copyOf(b.sources);
        this.exchanges = List.copyOf(b.exchanges);
        this.sinks = List.copyOf(b.sinks);
        this.stages = List.copyOf(b.stages);
        this.states = List.copyOf(b.states);
        this.timers = List.copyOf(b.timers);
        this.notDistributable = List.copyOf(b.notDistributable);
        this.task = Objects.requireNonNull(b.task, "the task factory of " + b.pipeline + " is not set");
        Map<String, StateSpec> byName = new LinkedHashMap<>();
        states.forEach(s -> byName.put(s.name(), s));
        this.statesByName = Collections.unmodifiableMap(byName);
    }

    /**
     * {@return a builder for the spec of pipeline {@code pipeline} (its qualified interface name)}
     *
     * @param pipeline the pipeline
     */
    public static Builder builder(String pipeline) {
        return new Builder(pipeline);
    }

    /** {@return the qualified name of the {@code @Pipeline} interface} */
    public String pipeline() {
        return pipeline;
    }

    /** {@return the format version of the codecs' top-level forms ({@link Codecs#FORMAT_VERSION})} */
    public int formatVersion() {
        return Codecs.FORMAT_VERSION;
    }

    /** {@return the key scopes, by index} */
    public List<ScopeSpec> scopes() {
        return scopes;
    }

    /** {@return the sources, by port} */
    public List<SourceSpec> sources() {
        return sources;
    }

    /** {@return the exchanges ({@code @KeyBy} stages), by port} */
    public List<ExchangeSpec> exchanges() {
        return exchanges;
    }

    /** {@return the sinks, by output port} */
    public List<SinkSpec> sinks() {
        return sinks;
    }

    /** {@return the stages in declaration order (sources and sinks included)} */
    public List<StageSpec> stages() {
        return stages;
    }

    /** {@return the per-key state, in declaration order of the stages} */
    public List<StateSpec> states() {
        return states;
    }

    /** {@return the per-key timers, by index} */
    public List<TimerSpec> timers() {
        return timers;
    }

    /** {@return why no distributed engine may run this pipeline; empty if one may} */
    public List<NotDistributable> notDistributable() {
        return notDistributable;
    }

    /** {@return whether {@link #notDistributable()} is empty} */
    public boolean isDistributable() {
        return notDistributable.isEmpty();
    }

    /** {@return how many input ports there are: sources and exchanges} */
    public int inputPorts() {
        return sources.size() + exchanges.size();
    }

    /**
     * {@return the key scope with index {@code index}}
     *
     * @param index the index
     */
    public ScopeSpec scope(int index) {
        Objects.checkIndex(index, scopes.size());
        return scopes.get(index);
    }

    /**
     * {@return the scope input port {@code port} feeds}
     *
     * @param port the port
     */
    public int scopeOfInput(int port) {
        for (SourceSpec source : sources) {
            if (source.port() == port) {
                return source.scope();
            }
        }
        for (ExchangeSpec exchange : exchanges) {
            if (exchange.port() == port) {
                return exchange.toScope();
            }
        }
        throw new IllegalArgumentException(simpleName() + " has no input port " + port);
    }

    /**
     * {@return the input ports feeding scope {@code scope}: its sources' and exchanges' ports, ascending}
     *
     * @param scope the scope
     */
    public List<Integer> inputsOf(int scope) {
        List<Integer> ports = new ArrayList<>();
        sources.stream().filter(s -> s.scope() == scope).forEach(s -> ports.add(s.port()));
        exchanges.stream().filter(e -> e.toScope() == scope).forEach(e -> ports.add(e.port()));
        ports.sort(null);
        return List.copyOf(ports);
    }

    /**
     * {@return the source named {@code name}}
     *
     * @param name the name
     */
    public SourceSpec source(String name) {
        return find(sources, SourceSpec::name, name, "source");
    }

    /**
     * {@return the sink named {@code name}}
     *
     * @param name the name
     */
    public SinkSpec sink(String name) {
        return find(sinks, SinkSpec::name, name, "sink");
    }

    /**
     * {@return the exchange of {@code @KeyBy} stage {@code name}}
     *
     * @param name the name
     */
    public ExchangeSpec exchange(String name) {
        return find(exchanges, ExchangeSpec::name, name, "exchange");
    }

    /**
     * {@return the stage named {@code name}}
     *
     * @param name the name
     */
    public StageSpec stage(String name) {
        return find(stages, StageSpec::name, name, "stage");
    }

    /**
     * {@return the state named {@code name}}
     *
     * @param name the name
     */
    public StateSpec state(String name) {
        StateSpec state = statesByName.get(name);
        if (state == null) {
            throw new IllegalArgumentException(
                    simpleName() + " has no state '" + name + "'; it has " + statesByName.keySet());
        }
        return state;
    }

    /**
     * {@return a new task of this pipeline whose state, timers and outputs go through {@code context}}
     *
     * @param context the context
     */
    public PipelineTask newTask(EngineContext context) {
        return task.create(Objects.requireNonNull(context, "context"));
    }

    /**
     * {@return the topology as text, one stage per line in declaration order, e.g.
     * {@code accumulate: total <- byCustomer [scope 1 by java.lang.String]}: the same lines as the
     * generated class's javadoc, with each stage's scope}
     */
    public String topology() {
        StringBuilder out = new StringBuilder();
        for (StageSpec stage : stages) {
            out.append(stage.label());
            if (!stage.upstreams().isEmpty()) {
                out.append(" <- ").append(String.join(", ", stage.upstreams()));
            }
            ScopeSpec scope = scopes.get(stage.scope());
            out.append(" [scope ").append(scope.index());
            if (scope.isKeyed()) {
                out.append(" by ").append(scope.keyType());
            }
            out.append("]\n");
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "PipelineSpec[" + pipeline + ", " + stages.size() + " stages, " + scopes.size() + " scopes]";
    }

    private String simpleName() {
        return pipeline.substring(pipeline.lastIndexOf('.') + 1);
    }

    private <T> T find(List<T> items, Function<T, String> name, String wanted, String what) {
        for (T item : items) {
            if (name.apply(item).equals(wanted)) {
                return item;
            }
        }
        throw new IllegalArgumentException(simpleName() + " has no " + what + " '" + wanted + "'; it has "
                + items.stream().map(name).collect(Collectors.toList()));
    }

    /** Collects the parts of a spec; {@link #build()} checks that they fit together. */
    public static final class Builder {
        final String pipeline;
        final List<ScopeSpec> scopes = new ArrayList<>();
        final List<SourceSpec> sources = new ArrayList<>();
        final List<ExchangeSpec> exchanges = new ArrayList<>();
        final List<SinkSpec> sinks = new ArrayList<>();
        final List<StageSpec> stages = new ArrayList<>();
        final List<StateSpec> states = new ArrayList<>();
        final List<TimerSpec> timers = new ArrayList<>();
        final List<NotDistributable> notDistributable = new ArrayList<>();
        TaskFactory task;

        private Builder(String pipeline) {
            this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
            if (pipeline.isEmpty()) {
                throw new IllegalArgumentException("a pipeline needs a name");
            }
        }

        /**
         * Adds unkeyed scope {@code index}.
         *
         * @param index the index
         * @return this builder
         */
        public Builder unkeyedScope(int index) {
            scopes.add(ScopeSpec.unkeyed(index));
            return this;
        }

        /**
         * Adds scope {@code index}, keyed by {@code keyType} encoded with {@code keyCodec}.
         *
         * @param index the index
         * @param keyType the key type's canonical name
         * @param keyCodec the codec of the key
         * @return this builder
         */
        public Builder keyedScope(int index, String keyType, Codec<?> keyCodec) {
            scopes.add(ScopeSpec.keyed(index, keyType, keyCodec));
            return this;
        }

        /**
         * Adds a source on input port {@code port}.
         *
         * @param name the name
         * @param port the port
         * @param scope the scope
         * @param type the element type's canonical name
         * @param codec the codec
         * @return this builder
         */
        public Builder source(String name, int port, int scope, String type, Codec<?> codec) {
            sources.add(new SourceSpec(name, port, scope, type, codec));
            return this;
        }

        /**
         * Adds the exchange of {@code @KeyBy} stage {@code name}, on input port {@code port}.
         *
         * @param name the name
         * @param port the port
         * @param fromScope the scope the element leaves
         * @param toScope the keyed scope it enters
         * @param type the element type's canonical name
         * @param valueCodec the codec of the element
         * @return this builder
         */
        public Builder exchange(String name, int port, int fromScope, int toScope, String type, Codec<?> valueCodec) {
            exchanges.add(new ExchangeSpec(name, port, fromScope, toScope, type, valueCodec));
            return this;
        }

        /**
         * Adds a sink on output port {@code port}.
         *
         * @param name the name
         * @param port the port
         * @param scope the scope
         * @param type the element type's canonical name
         * @param codec the codec
         * @param kind the kind
         * @return this builder
         */
        public Builder sink(String name, int port, int scope, String type, Codec<?> codec, SinkKind kind) {
            sinks.add(new SinkSpec(name, port, scope, type, codec, kind));
            return this;
        }

        /**
         * Adds a stage (in declaration order).
         *
         * @param name the name
         * @param kind the kind
         * @param scope the scope
         * @param upstreams the upstreams
         * @return this builder
         */
        public Builder stage(String name, String kind, int scope, String... upstreams) {
            stages.add(new StageSpec(name, kind, scope, Arrays.asList(upstreams)));
            return this;
        }

        /**
         * Adds a piece of per-key state.
         *
         * @param state the state
         * @return this builder
         */
        public Builder state(StateSpec state) {
            states.add(Objects.requireNonNull(state, "state"));
            return this;
        }

        /**
         * Adds timer {@code index}.
         *
         * @param index the index
         * @param stage the stage
         * @param kind the kind
         * @param intervalMillis the interval, in milliseconds
         * @param scope the scope
         * @return this builder
         */
        public Builder timer(int index, String stage, TimerKind kind, long intervalMillis, int scope) {
            timers.add(new TimerSpec(index, stage, kind, intervalMillis, scope));
            return this;
        }

        /**
         * Records why the pipeline cannot be distributed.
         *
         * @param stage the stage
         * @param code the problem's code
         * @param message why, for people
         * @return this builder
         */
        public Builder notDistributable(String stage, String code, String message) {
            notDistributable.add(new NotDistributable(stage, code, message));
            return this;
        }

        /**
         * Sets the factory of the task (generated: {@code Engine::new}).
         *
         * @param task the task to run
         * @return this builder
         */
        public Builder task(TaskFactory task) {
            this.task = Objects.requireNonNull(task, "task");
            return this;
        }

        /**
         * {@return the spec}
         *
         * @throws IllegalArgumentException naming the part that does not fit: ports not numbered
         *     0, 1, 2..., duplicate names, a scope, stage or upstream that does not exist, an
         *     exchange into an unkeyed scope, a missing codec with no reason listed for it
         * @throws NullPointerException if the task factory is not set
         */
        public PipelineSpec build() {
            SpecChecks.check(this);
            return new PipelineSpec(this);
        }
    }
}
