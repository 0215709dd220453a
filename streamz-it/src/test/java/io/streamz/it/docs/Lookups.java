package io.streamz.it.docs;

import io.streamz.annotations.Map;
import io.streamz.annotations.MapAsync;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import io.streamz.it.time.Directory;
import java.util.concurrent.CompletionStage;

/** docs/pipelines.md, Asynchronous sinks and mapAsync: a {@code @MapAsync} stage, word for word. */
@Pipeline
public interface Lookups {
    @Source CompletionStage<Void> emit(String line);
    @Map default int parse(String line) { return Integer.parseInt(line.trim()); }
    @MapAsync(3) default CompletionStage<String> lookup(long id) { return Directory.lookup(id); }
    @Sink CompletionStage<Void> store(String name);
}
