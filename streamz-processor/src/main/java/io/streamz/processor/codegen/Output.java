package io.streamz.processor.codegen;

/**
 * Which optional parts of a pipeline's generated class are written, as the processor options ask
 * ({@code docs/processor-options.md}).
 *
 * @param twin whether the interpreted twin ({@code Interpreted}) and {@code Builder.buildInterpreted()}
 *     are written
 */
public record Output(boolean twin) {
    /** Every part: the default. */
    public static final Output ALL = new Output(true);
}
