package bad;

import io.streamz.annotations.*;
import java.util.List;

@Pipeline
public interface KeyedZip {
    @Source void left(String word);
    @KeyBy(key = "itself") String byLeft(String word);
    default String itself(String word) { return word; }
    @Source void right(String word);
    @KeyBy(key = "itself") String byRight(String word);
    @Zip(from = {"byLeft", "byRight"}) List<Object> pairs(String a, String b); // ERROR streamz.keyed-unsupported
    @Sink void out(List<Object> pair);
}
