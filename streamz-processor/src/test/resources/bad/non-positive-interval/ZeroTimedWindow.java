package bad;

import io.streamz.annotations.*;

import java.util.List;

@Pipeline
public interface ZeroTimedWindow {
    @Source void emit(int x);
    @TimedWindow(0) List<Integer> perSecond(int x); // ERROR streamz.non-positive-interval
    @Sink void out(List<Integer> window);
}
