package io.streamz.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Objects;

/**
 * One stage of a pipeline: what the method declares, with its upstreams resolved.
 *
 * @param name the method name, unique in the pipeline
 * @param kind the stage annotation
 * @param upstreams the upstream stage names, in {@code from} order; empty for a source
 * @param parameterTypes the method's parameter types
 * @param parameterNames the method's parameter names
 * @param returnType the method's return type ({@code void} for sources and sinks, or
 *     {@code CompletionStage<Void>} for a source returning its back-pressure future and for an
 *     asynchronous sink)
 * @param outputType the type of the elements the stage emits ({@code void} for sinks)
 * @param userBody whether the method is a default method supplying the stage's function
 * @param options the annotation's other attributes, the record {@link StageOptions#of} makes for its kind
 * @param varargs whether the method's last parameter is declared {@code T...}
 */
public record Stage(
        String name,
        StageKind kind,
        List<String> upstreams,
        List<TypeName> parameterTypes,
        List<String> parameterNames,
        TypeName returnType,
        TypeName outputType,
        boolean userBody,
        StageOptions options,
        boolean varargs) {

    /** A stage whose method takes no varargs. */
    public Stage(
            String name,
            StageKind kind,
            List<String> upstreams,
            List<TypeName> parameterTypes,
            List<String> parameterNames,
            TypeName returnType,
            TypeName outputType,
            boolean userBody,
            StageOptions options) {
        this(name, kind, upstreams, parameterTypes, parameterNames, returnType, outputType, userBody, options, false);
    }

    public Stage {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        upstreams = List.copyOf(upstreams);
        parameterTypes = List.copyOf(parameterTypes);
        parameterNames = List.copyOf(parameterNames);
        Objects.requireNonNull(returnType, "returnType");
        Objects.requireNonNull(outputType, "outputType");
        Objects.requireNonNull(options, "options");
    }

    /** The options, as the record its kind takes ({@link StageOptions#of}). */
    public <T extends StageOptions> T options(Class<T> type) {
        if (!type.isInstance(options)) {
            throw new IllegalStateException(
                    kind + " stage " + name + " has " + options + ", not " + type.getSimpleName());
        }
        return type.cast(options);
    }

    /** The type of the single parameter of a one-input stage. */
    public TypeName inputType() {
        return parameterTypes.get(0);
    }

    /**
     * Whether the stage is an asynchronous sink: a {@code @Sink} returning a
     * {@code CompletionStage}, whose stage the emitter waits for (back pressure).
     */
    public boolean isAsyncSink() {
        return kind == StageKind.SINK && !returnType.equals(TypeName.VOID);
    }

    /** The label of the stage in graphs and javadoc, e.g. {@code map: parse}. */
    public String label() {
        return kind.operator() + ": " + name;
    }
}
