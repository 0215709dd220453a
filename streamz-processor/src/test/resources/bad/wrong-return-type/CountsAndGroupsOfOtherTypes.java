package bad;

import io.streamz.annotations.*;

import java.util.List;
import java.util.Map;

@Pipeline
public interface CountsAndGroupsOfOtherTypes {
    @Source void emit(String word);
    @Frequencies Map<String, Integer> counts(String word); // ERROR streamz.wrong-return-type
    @Sink void out(Map<String, Integer> counts);
    @PartitionUnique(value = 2, from = "emit") String distinct(String word); // ERROR streamz.wrong-return-type
    @Sink void groups(String group);
}
