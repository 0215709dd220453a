package bad;

import io.streamz.annotations.*;

import java.util.List;

@Pipeline
public interface ZeroPartition {
    @Source void emit(int x);
    @Partition(0) List<Integer> batch(int x); // ERROR streamz.non-positive-size
    @Sink void out(List<Integer> batch);
}
