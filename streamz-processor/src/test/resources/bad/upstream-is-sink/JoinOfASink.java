package bad;

import io.streamz.annotations.*;

import java.util.List;

@Pipeline
public interface JoinOfASink {
    @Source void emit(int x);
    @Sink void out(int x);
    @Zip(from = {"emit", "out"}) List<Object> pair(int x, int y); // ERROR streamz.upstream-is-sink
    @Sink void pairs(List<Object> pair);
}
