package bad;

import io.streamz.annotations.*;

@Pipeline
public interface UnionOfKeys {
    @Source void words(String word);
    @KeyBy(key = "itself") String byWord(String word);
    default String itself(String word) { return word; }
    @Source void lengths(String word);
    @KeyBy(key = "length") String byLength(String word);
    default int length(String word) { return word.length(); }
    @Union(from = {"byWord", "byLength"}) String both(String word); // ERROR streamz.key-mismatch
    @Sink void out(String word);
}
