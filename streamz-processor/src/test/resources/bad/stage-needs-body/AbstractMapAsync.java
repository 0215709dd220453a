package bad;

import io.streamz.annotations.*;

import java.util.concurrent.CompletionStage;

@Pipeline
public interface AbstractMapAsync {
    @Source void emit(String x);
    @MapAsync(2) CompletionStage<Integer> length(String x); // ERROR streamz.stage-needs-body
    @Sink void out(int n);
}
