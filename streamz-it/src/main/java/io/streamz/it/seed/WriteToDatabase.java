package io.streamz.it.seed;

import io.streamz.annotations.Buffer;
import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.RateLimit;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import java.util.concurrent.CompletionStage;

/**
 * The seed's back-pressure example,
 * {@code source.rate_limit(0.010).map(json.loads).buffer(100).sink(write_to_database)} with
 * {@code await source.emit(line)}: an asynchronous sink behind a buffer of 100, lines of the form
 * {@code "id,name"} parsed to their id. The emit's stage completes once the buffer took the
 * element; while the database stalls, at most 100 rows wait plus the one being written.
 */
@Pipeline
public interface WriteToDatabase {
    @Source
    CompletionStage<Void> emit(String line);

    @RateLimit(10)
    String paced(String line);

    @Map
    default int loads(String line) {
        return Integer.parseInt(line.substring(0, line.indexOf(',')).trim());
    }

    @Buffer(100)
    int queued(int id);

    @Sink
    CompletionStage<Void> writeToDatabase(int id);
}
