package com.example;

import io.streamz.annotations.Buffer;
import io.streamz.annotations.Delay;
import io.streamz.annotations.Map;
import io.streamz.annotations.MapAsync;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.SlidingWindow;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Time, buffer and asynchronous stages, which generate loop-driven code. */
@Pipeline
public interface Timed {
    @Source CompletionStage<Void> emit(String line);

    @Map default int parse(String line) {
        return Integer.parseInt(line.trim());
    }

    @Buffer(10) int queued(int x);

    @Delay(5) int later(int x);

    @MapAsync(2) default CompletionStage<Long> doubled(int x) {
        return CompletableFuture.completedFuture(2L * x);
    }

    @SlidingWindow(2) List<Long> pairs(long x);

    @Sink CompletionStage<Void> out(List<Long> pair);
}
