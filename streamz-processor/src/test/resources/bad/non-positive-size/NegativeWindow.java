package bad;

import io.streamz.annotations.*;

import java.util.List;

@Pipeline
public interface NegativeWindow {
    @Source void emit(int x);
    @SlidingWindow(value = -2, returnPartial = true) List<Integer> window(int x); // ERROR streamz.non-positive-size
    @Sink void out(List<Integer> window);
}
