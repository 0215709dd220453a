package bad;

import io.streamz.annotations.*;
import java.util.List;

@Pipeline
public interface WindowWidening {
    @Source void emit(int x);
    @SlidingWindow(2) List<Double> pairs(double x); // ERROR streamz.type-mismatch
    @Sink void out(List<Double> pair);
}
