package bad;

import io.streamz.annotations.*;
import java.util.ArrayList;
import java.util.List;

@Pipeline
@SuppressWarnings({"rawtypes", "unchecked"})
public interface RawStartMethod {
    @Source void emit(String word);
    @Accumulate(start = "empty") default List<String> all(List<String> words, String word) { words.add(word); return words; }
    default List empty() { return new ArrayList(); } // ERROR streamz.raw-type
    @Sink void out(List<String> words);
}
