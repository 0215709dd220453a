package io.streamz;

import java.util.Objects;

/**
 * A failure as data: what a stage that {@linkplain Stream#routeFailuresTo routes its failures}
 * emits into its error stream instead of failing, after which the element is dropped at that
 * stage and later elements flow on.
 *
 * @param stage the label of the stage whose own code failed, e.g. {@code map: parse}
 * @param element the element that stage was given ({@code null} if it was {@code null})
 * @param error what that stage's code threw, or the failure of the asynchronous work it started,
 *     with the stage recorded on it (see {@link StageFailure#stageOf})
 */
public record FailedElement(String stage, Object element, Throwable error) {
    /**
     * @throws NullPointerException if {@code stage} or {@code error} is {@code null}
     *
     * @param stage the stage
     * @param element the element
     * @param error the error
     */
    public FailedElement {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(error, "error");
    }
}
