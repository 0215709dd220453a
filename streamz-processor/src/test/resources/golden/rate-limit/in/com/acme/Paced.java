package com.acme;

import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.RateLimit;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import java.util.concurrent.CompletionStage;

/** rateLimit with a source returning its back-pressure future. */
@Pipeline
public interface Paced {
    @Source CompletionStage<Void> emit(String request);

    @RateLimit(10) String paced(String request);

    @Map default String upper(String request) {
        return request.toUpperCase(java.util.Locale.ROOT);
    }

    @Sink void out(String request);
}
