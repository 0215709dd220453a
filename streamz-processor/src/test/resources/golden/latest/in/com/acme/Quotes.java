package com.acme;

import io.streamz.annotations.Latest;
import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import java.util.concurrent.CompletionStage;

/** latest: the map fused up to the latest, the asynchronous sink after it run from the loop with the newest quote. */
@Pipeline
public interface Quotes {
    @Source void emit(String line);

    @Map default double price(String line) {
        return Double.parseDouble(line.trim());
    }

    @Latest double newest(double price);

    @Sink CompletionStage<Void> publish(double price);
}
