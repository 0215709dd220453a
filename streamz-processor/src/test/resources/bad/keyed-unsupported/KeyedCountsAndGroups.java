package bad;

import io.streamz.annotations.*;

import java.util.List;
import java.util.Map;

@Pipeline
public interface KeyedCountsAndGroups {
    @Source void emit(String word);
    @KeyBy(key = "itself") String byWord(String word);
    default String itself(String word) { return word; }
    @Frequencies Map<String, Long> counts(String word); // ERROR streamz.keyed-unsupported
    @Sink void out(Map<String, Long> counts);
    @PartitionUnique(value = 2, from = "byWord") List<String> distinct(String word); // ERROR streamz.keyed-unsupported
    @Sink void groups(List<String> group);
}
