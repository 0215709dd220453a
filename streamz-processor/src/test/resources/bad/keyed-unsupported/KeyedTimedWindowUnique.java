package bad;

import io.streamz.annotations.*;
import java.util.List;

@Pipeline
public interface KeyedTimedWindowUnique {
    @Source void emit(String word);
    @KeyBy(key = "itself") String byWord(String word);
    default String itself(String word) { return word; }
    @TimedWindowUnique(100) List<String> perTenth(String word); // ERROR streamz.keyed-unsupported
    @Sink void out(List<String> words);
}
