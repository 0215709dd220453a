package io.streamz.it.docs;

import io.streamz.annotations.Buffer;
import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.RateLimit;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import java.util.concurrent.CompletionStage;

/** docs/pipelines.md, Asynchronous sinks and mapAsync: streamz's back-pressure example, word for word. */
@Pipeline
public interface WriteToDatabase {
    @Source CompletionStage<Void> emit(String line);
    @RateLimit(10) String paced(String line);
    @Map default int loads(String line) { return Integer.parseInt(line.substring(0, line.indexOf(',')).trim()); }
    @Buffer(100) int queued(int id);
    @Sink CompletionStage<Void> writeToDatabase(int id);
}
