package io.streamz.it.time;

import io.streamz.FailedElement;
import io.streamz.annotations.OnFailure;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import java.util.concurrent.CompletionStage;

/**
 * An asynchronous sink routing its failures, thrown, returned as a failed stage or as
 * {@code null}: RoutedWritesTest checks both builds alike.
 */
@Pipeline
public interface RoutedWrites {
    @Source
    CompletionStage<Void> emit(int x);

    @Sink
    CompletionStage<Void> store(int x);

    @OnFailure
    void rejected(FailedElement failure);
}
