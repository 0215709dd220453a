package bad;

import io.streamz.annotations.*;

@Pipeline
public interface KeyedDelay {
    @Source void emit(String word);
    @KeyBy(key = "itself") String byWord(String word);
    default String itself(String word) { return word; }
    @Delay(100) String later(String word); // ERROR streamz.keyed-unsupported
    @Sink void out(String word);
}
