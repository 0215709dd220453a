package io.streamz.internal;

/**
 * What the builder of a generated pipeline checks when the pipeline is built, one place for every
 * generated class. Called by generated code, not API.
 */
public final class Builders {
    private Builders() {}

    /**
     * The consumer set on the builder for the abstract sink {@code sink} of {@code pipeline},
     * which must be set.
     *
     * @param consumer the builder's consumer, or {@code null} when it was not set
     * @param sink the sink's name, also the builder method that sets it
     * @param pipeline the pipeline interface's simple name
     * @param <T> the consumer's type
     * @return {@code consumer}
     * @throws IllegalStateException if {@code consumer} is {@code null}: {@code sink 'out' of Totals
     *     is not set; call out(...) on the builder first}
     */
    public static <T> T sink(T consumer, String sink, String pipeline) {
        if (consumer == null) {
            throw new IllegalStateException(
                    "sink '" + sink + "' of " + pipeline + " is not set; call " + sink + "(...) on the builder first");
        }
        return consumer;
    }
}
