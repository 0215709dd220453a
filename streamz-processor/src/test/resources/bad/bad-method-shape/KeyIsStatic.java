package bad;

import io.streamz.annotations.*;

@Pipeline
public interface KeyIsStatic {
    @Source void emit(String word);
    @Unique(key = "lower") String distinct(String word); // ERROR streamz.bad-method-shape
    @Sink void out(String word);

    static String lower(String word) { return word.toLowerCase(); }
}
