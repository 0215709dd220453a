package valid;

import io.streamz.annotations.*;
import java.util.List;

/** Flatten, partition and sliding windows, unique with history and a key. */
@Pipeline
public interface Windows {
    @Source void lines(List<String> words);
    @Flatten String word(List<String> words);
    @Unique(history = 100, key = "lower") String distinct(String word);
    @Partition(2) List<String> pairs(String word);
    @Sink void outPairs(List<String> pair);
    @SlidingWindow(value = 3, returnPartial = true, from = "distinct") List<String> recent(String word);
    @Sink void outRecent(List<String> window);
    @Source void arrays(int[] values);
    @Flatten int value(int[] values);
    @Sink void outValues(long value);

    default String lower(String word) { return word.toLowerCase(); }
}
