package io.streamz.it.diff;

import io.streamz.annotations.Frequencies;
import io.streamz.annotations.Map;
import io.streamz.annotations.PartitionUnique;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import java.util.List;

/**
 * frequencies of unboxed ints and of words whose {@code hashCode} fails now and then (the count
 * stays as it was), and partitionUnique without a key, by a key method that fails now and then
 * keeping the first, and keeping the latest (by key and without one): the fused class's {@code FrequencyCounts} and
 * {@code DistinctGroup} against the twin's {@code frequencies()} and {@code partitionUnique}.
 */
@Pipeline
public interface Counting {
    /** A word whose {@code hashCode} refuses "boom", as a broken user type would. */
    record Word(String text) {
        @Override
        public int hashCode() {
            if (text.equals("boom")) {
                throw new IllegalStateException("Word refuses to hash " + text);
            }
            return text.hashCode();
        }
    }

    @Source
    void emit(int x);

    @Frequencies
    java.util.Map<Integer, Long> counts(int x);

    @Sink
    void counted(java.util.Map<Integer, Long> counts);

    @Map(from = "emit")
    default Word word(int x) {
        if (x == 13) {
            throw new IllegalArgumentException("word refuses " + x);
        }
        return new Word(x == 7 ? "boom" : "w" + (x % 4));
    }

    @Frequencies
    java.util.Map<Word, Long> wordCounts(Word word);

    @Sink
    void words(java.util.Map<Word, Long> counts);

    @PartitionUnique(value = 3, from = "emit")
    List<Integer> distinct(int x);

    @Sink
    void groups(List<Integer> group);

    @PartitionUnique(value = 2, key = "tens", from = "emit")
    List<Integer> firstOfTens(int x);

    default int tens(int x) {
        if (x == 17) {
            throw new IllegalArgumentException("tens refuses " + x);
        }
        return x / 10;
    }

    @Sink
    void firsts(List<Integer> group);

    @PartitionUnique(value = 3, key = "tens", keepLast = true, from = "emit")
    List<Integer> latestOfTens(int x);

    @Sink
    void latests(List<Integer> group);

    @PartitionUnique(value = 4, keepLast = true, from = "emit")
    List<Integer> latestDistinct(int x);

    @Sink
    void latestGroups(List<Integer> group);
}
