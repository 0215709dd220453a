package io.streamz.processor;

import io.streamz.processor.codegen.Output;
import java.util.Map;
import java.util.Set;

/**
 * The processor options ({@code -Astreamz.<name>=false}), each documented in the one table of
 * {@code docs/processor-options.md}. {@link #TWIN}, {@link #DOT} and {@link #GENERATED} are on unless their value is
 * {@code false} (in any case); {@link MetricsRequest#OPTION} is off unless {@code true}.
 */
final class Options {
    /** {@code false}: no interpreted twin and no {@code Builder.buildInterpreted()}. */
    static final String TWIN = "streamz.twin";
    /** {@code false}: no {@code Streamz_<Name>.dot} resource beside the class files. */
    static final String DOT = "streamz.dot";
    /** {@code false}: no {@code @javax.annotation.processing.Generated} on the generated classes. */
    static final String GENERATED = "streamz.generated";

    private Options() {}

    /** The names of every option the processor reads. */
    static Set<String> supported() {
        return Set.of(Claims.OPTION, TWIN, DOT, GENERATED, MetricsRequest.OPTION);
    }

    /** Whether {@code option} is on: any value but {@code false}, or none. */
    static boolean on(Map<String, String> options, String option) {
        return !"false".equalsIgnoreCase(options.get(option));
    }

    /** The optional parts of the generated class the options ask for. */
    static Output output(Map<String, String> options) {
        return new Output(on(options, TWIN), on(options, GENERATED));
    }
}
