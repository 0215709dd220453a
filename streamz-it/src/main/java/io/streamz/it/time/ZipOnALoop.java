package io.streamz.it.time;

import io.streamz.annotations.Buffer;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import io.streamz.annotations.Zip;
import java.util.concurrent.CompletionStage;

/**
 * A {@code @Zip} in a pipeline that runs on an event loop (its buffer puts it there): an input
 * more than the zip's maxsize (10) ahead of the other waits for the next tuple.
 * LoopCloseGeneratedTest closes the loop while one waits.
 */
@Pipeline
public interface ZipOnALoop {
    @Source
    CompletionStage<Void> left(int x);

    @Source
    CompletionStage<Void> right(int x);

    @Zip(from = {"left", "right"})
    default int sum(int a, int b) {
        return a + b;
    }

    @Buffer(4)
    int queued(int sum);

    @Sink
    void out(int sum);
}
