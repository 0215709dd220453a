package io.streamz.it.time;

import io.streamz.annotations.Latest;
import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import java.util.concurrent.CompletionStage;

/**
 * A latest in front of a slow asynchronous sink: while a publish is in flight, newer quotes
 * replace each other and only the newest goes on once it is done. price throws before the
 * latest, label after it.
 */
@Pipeline
public interface NewestQuotes {
    @Source
    CompletionStage<Void> emit(String line);

    @Map
    default int price(String line) {
        return Integer.parseInt(line.trim());
    }

    @Latest
    int newest(int price);

    @Map
    default String label(int price) {
        if (price == 13) {
            throw new IllegalArgumentException("label refuses 13");
        }
        return "$" + price;
    }

    @Sink
    CompletionStage<Void> publish(String label);
}
