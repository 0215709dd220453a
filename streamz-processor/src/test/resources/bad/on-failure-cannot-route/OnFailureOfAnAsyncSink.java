package bad;

import io.streamz.FailedElement;
import io.streamz.annotations.*;
import java.util.concurrent.CompletionStage;

@Pipeline
public interface OnFailureOfAnAsyncSink {
    @Source CompletionStage<Void> emit(String line);
    @Sink CompletionStage<Void> store(String line);
    @OnFailure(from = "store") void failed(FailedElement failure); // ERROR streamz.on-failure-cannot-route
}
