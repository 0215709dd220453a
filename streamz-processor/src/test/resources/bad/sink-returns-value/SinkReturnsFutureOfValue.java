package bad;

import io.streamz.annotations.*;

import java.util.concurrent.CompletionStage;

@Pipeline
public interface SinkReturnsFutureOfValue {
    @Source void emit(String line);
    @Sink CompletionStage<String> out(String line); // ERROR streamz.sink-returns-value
}
