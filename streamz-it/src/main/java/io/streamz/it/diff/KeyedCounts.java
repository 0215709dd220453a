package io.streamz.it.diff;

import io.streamz.Accumulated;
import io.streamz.annotations.Accumulate;
import io.streamz.annotations.Frequencies;
import io.streamz.annotations.KeyBy;
import io.streamz.annotations.Map;
import io.streamz.annotations.PartitionUnique;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import java.util.List;

/**
 * The newest stage kinds per key: word frequencies per user, groups of three distinct words per
 * user (one with the first of each initial, one with the latest of each length), and a running
 * count of letters alongside its state. A user "!" makes the key method throw, a word "boom"
 * the count, an empty word the initial.
 */
@Pipeline
public interface KeyedCounts {
    record Said(String user, String word) {}

    @Source
    void said(Said said);

    @KeyBy(key = "user")
    Said byUser(Said said);

    default String user(Said said) {
        if (said.user().equals("!")) {
            throw new IllegalArgumentException("no user");
        }
        return said.user();
    }

    @Map
    default String word(Said said) {
        return said.word();
    }

    @Frequencies
    java.util.Map<String, Long> frequencies(String word);

    @Sink
    void counts(java.util.Map<String, Long> counts);

    @PartitionUnique(value = 3, from = "byUser", key = "initial")
    List<Said> byInitial(Said said);

    default char initial(Said said) {
        return said.word().charAt(0);
    }

    @Sink
    void initialGroups(List<Said> group);

    @PartitionUnique(value = 3, from = "byUser", key = "length", keepLast = true)
    List<Said> byLength(Said said);

    default int length(Said said) {
        return said.word().length();
    }

    @Sink
    void lengthGroups(List<Said> group);

    @Accumulate(from = "byUser", start = "zero", withState = true)
    default long letters(long n, Said said) {
        if (said.word().equals("boom")) {
            throw new IllegalStateException("boom for " + said.user());
        }
        return n + said.word().length();
    }

    static long zero() {
        return 0L;
    }

    @Sink
    void letterCounts(Accumulated<Long, Long> letters);
}
