package bad;

import io.streamz.annotations.*;

import java.util.concurrent.CompletionStage;

@Pipeline
public interface SinkReturnsFuture {
    @Source void emit(String line);
    @Sink CompletionStage<Void> out(String line); // ERROR streamz.sink-returns-value
}
