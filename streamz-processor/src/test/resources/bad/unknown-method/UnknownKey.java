package bad;

import io.streamz.annotations.*;

@Pipeline
public interface UnknownKey {
    @Source void emit(String word);
    @Unique(key = "lowercase") String distinct(String word); // ERROR streamz.unknown-method
    @Sink void out(String word);

    default String lowerCase(String word) { return word.toLowerCase(); }
}
