package bad;

import io.streamz.FailedElement;
import io.streamz.annotations.*;

@Pipeline(distributed = true)
public interface NoCodecForFailures {
    @Source void words(String word);
    @KeyBy(key = "itself") String byWord(String word);
    default String itself(String word) { return word; }
    @Map default int length(String word) { return word.length(); }
    @Sink void out(int length);
    @OnFailure(from = "length") void failed(FailedElement failure); // ERROR streamz.missing-codec
}
