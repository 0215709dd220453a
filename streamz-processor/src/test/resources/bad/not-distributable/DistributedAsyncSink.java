package bad;

import io.streamz.annotations.*;
import java.util.concurrent.CompletionStage;

@Pipeline(distributed = true)
public interface DistributedAsyncSink {
    @Source void emit(String word);
    @Sink CompletionStage<Void> out(String word); // ERROR streamz.not-distributable
}
