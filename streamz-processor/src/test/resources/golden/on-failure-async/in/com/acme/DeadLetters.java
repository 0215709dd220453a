package com.acme;

import io.streamz.FailedElement;
import io.streamz.annotations.Map;
import io.streamz.annotations.OnFailure;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import java.util.concurrent.CompletionStage;

/** An asynchronous sink and a map routing their failures to one dead-letter sink. */
@Pipeline
public interface DeadLetters {
    @Source CompletionStage<Void> emit(String line);

    @Map default int parse(String line) {
        return Integer.parseInt(line.trim());
    }

    @Sink CompletionStage<Void> store(int x);

    @OnFailure void deadLetter(FailedElement failure);
}
