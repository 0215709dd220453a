package bad;

import io.streamz.annotations.*;

@Pipeline
public interface KeyedLatest {
    @Source void emit(String word);
    @KeyBy(key = "itself") String byWord(String word);
    default String itself(String word) { return word; }
    @Latest String newest(String word); // ERROR streamz.keyed-unsupported
    @Sink void out(String word);
}
