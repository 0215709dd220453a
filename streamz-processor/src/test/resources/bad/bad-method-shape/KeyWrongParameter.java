package bad;

import io.streamz.annotations.*;

@Pipeline
public interface KeyWrongParameter {
    @Source void emit(String word);
    @Unique(key = "length") String distinct(String word); // ERROR streamz.bad-method-shape
    @Sink void out(String word);

    default int length(Integer word) { return word; }
}
