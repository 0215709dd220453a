package io.streamz.engine;

import java.util.List;
import java.util.Objects;

/**
 * A stage, enough to draw the topology: its name, kind, scope and upstreams.
 *
 * @param name the method's name
 * @param kind the stage kind as the interpreted node's label has it ({@code source}, {@code map},
 *     {@code filter}, {@code accumulate}, {@code keyBy}, {@code zip}, {@code sink}, ...)
 * @param scope the stage's key scope
 * @param upstreams the names of the stages feeding it, in input order (empty for a source)
 */
public record StageSpec(String name, String kind, int scope, List<String> upstreams) {
    /**
     * Checks the components.
     *
     * @param name the method's name
     * @param kind the stage kind as the interpreted node's label has it ({@code source}, {@code map},
     *         {@code filter}, {@code accumulate}, {@code keyBy}, {@code zip}, {@code sink}, ...)
     * @param scope the stage's key scope
     * @param upstreams the names of the stages feeding it, in input order (empty for a source)
     */
    public StageSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        upstreams = List.copyOf(upstreams);
    }

    /** {@return the label failures and the graph use, e.g. {@code accumulate: total}} */
    public String label() {
        return kind + ": " + name;
    }
}
