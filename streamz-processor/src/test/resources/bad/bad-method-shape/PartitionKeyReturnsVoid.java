package bad;

import io.streamz.annotations.*;

import java.util.List;

@Pipeline
public interface PartitionKeyReturnsVoid {
    @Source void emit(String word);
    @Partition(value = 2, key = "log") List<String> pairs(String word); // ERROR streamz.bad-method-shape
    @Sink void out(List<String> pair);

    default void log(String word) { System.out.println(word); }
}
