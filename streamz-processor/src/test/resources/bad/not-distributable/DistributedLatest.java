package bad;

import io.streamz.annotations.*;

@Pipeline(distributed = true)
public interface DistributedLatest {
    @Source void emit(String word);
    @KeyBy(key = "itself") String byWord(String word);
    default String itself(String word) { return word; }
    @Latest String newest(String word); // ERROR streamz.not-distributable
    @Sink void out(String word);
}
