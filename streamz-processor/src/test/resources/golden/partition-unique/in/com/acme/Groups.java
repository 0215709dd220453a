package com.acme;

import io.streamz.annotations.PartitionUnique;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import java.util.List;

/** partitionUnique: groups of distinct elements, and of distinct keys keeping the latest element. */
@Pipeline
public interface Groups {
    @Source void emit(String word);

    @PartitionUnique(3) List<String> distinct(String word);

    @Sink void out(List<String> words);

    @PartitionUnique(value = 2, key = "initial", keepLast = true, from = "emit")
    List<String> byInitial(String word);

    default char initial(String word) {
        return word.charAt(0);
    }

    @Sink void latest(List<String> words);
}
