package bad;

import io.streamz.FailedElement;
import io.streamz.annotations.*;
import java.util.concurrent.CompletionStage;

@Pipeline
public interface OnFailureOfABuffer {
    @Source CompletionStage<Void> emit(int x);
    @Buffer(4) int held(int x);
    @Sink void out(int x);
    @OnFailure(from = "held") void failed(FailedElement failure); // ERROR streamz.on-failure-cannot-route
}
