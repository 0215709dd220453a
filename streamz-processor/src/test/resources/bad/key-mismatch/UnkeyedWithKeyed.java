package bad;

import io.streamz.annotations.*;

@Pipeline
public interface UnkeyedWithKeyed {
    @Source void words(String word);
    @KeyBy(key = "itself") String byWord(String word);
    default String itself(String word) { return word; }
    @Source void others(String word);
    @Union(from = {"byWord", "others"}) String both(String word); // ERROR streamz.key-mismatch
    @Sink void out(String word);
}
