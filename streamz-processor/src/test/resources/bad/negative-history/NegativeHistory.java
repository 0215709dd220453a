package bad;

import io.streamz.annotations.*;

@Pipeline
public interface NegativeHistory {
    @Source void emit(String word);
    @Unique(history = -1) String distinct(String word); // ERROR streamz.negative-history
    @Sink void out(String word);
}
