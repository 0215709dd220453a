package bad;

import io.streamz.annotations.*;

import java.util.List;

@Pipeline
public interface ZeroPartitionUnique {
    @Source void emit(String word);
    @PartitionUnique(0) List<String> distinct(String word); // ERROR streamz.non-positive-size
    @Sink void out(List<String> words);
}
