package bad;

import io.streamz.annotations.*;

import java.util.List;

@Pipeline
public interface ZeroTimedWindowUnique {
    @Source void emit(String word);
    @TimedWindowUnique(0) List<String> distinct(String word); // ERROR streamz.non-positive-interval
    @Sink void out(List<String> words);
}
