package io.streamz.processor.model;

import java.util.List;
import java.util.Objects;

/**
 * A pipeline's error route: an {@code @OnFailure} method, {@code void name(FailedElement p)},
 * and the stages that route their failures to it instead of failing.
 *
 * @param name the method name
 * @param userBody whether the method is a default method (else the builder supplies a consumer)
 * @param parameterName the name of its parameter
 * @param routed the names of the stages routing to it, in declaration order
 */
public record FailureSink(String name, boolean userBody, String parameterName, List<String> routed) {
    public FailureSink {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parameterName, "parameterName");
        routed = List.copyOf(routed);
    }

    /** The label of its node in the interpreted twin, as failures of its code name it. */
    public String label() {
        return "sink: " + name;
    }
}
