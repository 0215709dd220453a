package bad;

import io.streamz.annotations.*;

@Pipeline(metrics = true) // ERROR streamz.keyed-unsupported
public interface KeyedMetrics {
    @Source void words(String word);
    @KeyBy(key = "itself") String byWord(String word);
    default String itself(String word) { return word; }
    @Sink void out(String word);
}
