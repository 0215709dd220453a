package com.acme;

import io.streamz.Accumulated;
import io.streamz.annotations.Accumulate;
import io.streamz.annotations.Frequencies;
import io.streamz.annotations.KeyBy;
import io.streamz.annotations.PartitionUnique;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import io.streamz.annotations.TimedWindowUnique;
import java.util.List;
import java.util.Map;

/**
 * Per user, the newest stage kinds in a key scope: word frequencies, groups of distinct words
 * (keeping the latest of each first letter), a count alongside its state, and the distinct
 * words of aligned windows.
 */
@Pipeline
public interface WordCounts {
    record Said(String user, String word) {}

    @Source void said(Said said);

    @KeyBy(key = "user") Said byUser(Said said);

    default String user(Said said) {
        return said.user();
    }

    @Frequencies Map<Said, Long> frequencies(Said said);

    @Sink void counts(Map<Said, Long> counts);

    @PartitionUnique(value = 3, from = "byUser", key = "initial", keepLast = true)
    List<Said> groups(Said said);

    default char initial(Said said) {
        return said.word().isEmpty() ? '-' : said.word().charAt(0);
    }

    @Sink void grouped(List<Said> group);

    @Accumulate(from = "byUser", start = "zero", withState = true)
    default long seen(long n, Said said) {
        return n + 1;
    }

    static long zero() {
        return 0L;
    }

    @Sink void seenCounts(Accumulated<Long, Long> seen);

    @TimedWindowUnique(value = 200, from = "byUser")
    List<Said> distinctPerWindow(Said said);

    @Sink void windows(List<Said> distinct);
}
