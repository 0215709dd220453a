package io.streamz.processor.codegen;

/**
 * Which optional parts of a pipeline's generated class are written, as the processor options ask
 * ({@code docs/processor-options.md}).
 *
 * @param twin whether the interpreted twin ({@code Interpreted}) and {@code Builder.buildInterpreted()}
 *     are written
 * @param generatedAnnotation whether the class carries {@code @javax.annotation.processing.Generated}
 */
public record Output(boolean twin, boolean generatedAnnotation) {
    /** Every part: the default. */
    public static final Output ALL = new Output(true, true);

    /** These parts with the twin: a pipeline with a {@code @KeyBy} always has one. */
    Output withTwin() {
        return new Output(true, generatedAnnotation);
    }
}
