package bad;

import io.streamz.annotations.*;

@Pipeline(distributed = true)
public interface DistributedBuffer {
    @Source void emit(String word);
    @KeyBy(key = "itself") String byWord(String word);
    default String itself(String word) { return word; }
    @Buffer(10) String queued(String word); // ERROR streamz.not-distributable
    @Sink void out(String word);
}
