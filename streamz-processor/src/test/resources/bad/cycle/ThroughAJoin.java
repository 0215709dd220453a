package bad;

import io.streamz.annotations.*;

import java.util.List;

@Pipeline
public interface ThroughAJoin {
    @Source void emit(int x);
    @Zip(from = {"emit", "size"}) List<Object> pair(int x, int size); // ERROR streamz.cycle
    @Map default int size(List<Object> pair) { return pair.size(); }
    @Sink(from = "emit") void out(int x);
}
