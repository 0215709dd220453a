package bad;

import io.streamz.annotations.*;

@Pipeline
public interface BadSlice {
    @Source void emit(String word);
    @Slice(start = -1) String fromTheEnd(String word); // ERROR streamz.bad-slice
    @Sink void out(String word);
    @Slice(from = "emit", end = -3) String lastThree(String word); // ERROR streamz.bad-slice
    @Sink void last(String word);
    @Slice(from = "emit", step = 0) String everyZeroth(String word); // ERROR streamz.bad-slice
    @Sink void none(String word);
}
