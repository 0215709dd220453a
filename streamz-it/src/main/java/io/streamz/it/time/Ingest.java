package io.streamz.it.time;

import io.streamz.annotations.Buffer;
import io.streamz.annotations.Delay;
import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import java.util.concurrent.CompletionStage;

/** The example of time and buffer stages of {@code docs/pipelines.md} (whose snippet {@code io.streamz.it.docs.Ingest} holds word for word). */
@Pipeline
public interface Ingest {
    @Source
    CompletionStage<Void> emit(String line); // or void: fire and forget

    @Map
    default int parse(String line) {
        return Integer.parseInt(line.trim());
    }

    @Buffer(100)
    int queued(int x);

    @Delay(250)
    int later(int x);

    @Sink
    void out(int x);
}
