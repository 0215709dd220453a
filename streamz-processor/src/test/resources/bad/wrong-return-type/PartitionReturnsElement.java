package bad;

import io.streamz.annotations.*;

@Pipeline
public interface PartitionReturnsElement {
    @Source void emit(int x);
    @Partition(3) int batch(int x); // ERROR streamz.wrong-return-type
    @Sink void out(int x);
}
