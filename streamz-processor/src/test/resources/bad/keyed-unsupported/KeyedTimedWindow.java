package bad;

import io.streamz.annotations.*;
import java.util.List;

@Pipeline
public interface KeyedTimedWindow {
    @Source void emit(String word);
    @KeyBy(key = "itself") String byWord(String word);
    default String itself(String word) { return word; }
    @TimedWindow(100) List<String> perTenth(String word); // ERROR streamz.keyed-unsupported
    @Sink void out(List<String> words);
}
