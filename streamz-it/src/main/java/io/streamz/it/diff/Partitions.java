package io.streamz.it.diff;

import io.streamz.annotations.Partition;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import java.util.List;

/** Partitions of five, and of three per key (the residue mod 3, whose key function throws on some). */
@Pipeline
public interface Partitions {
    @Source
    void emit(int x);

    @Partition(5)
    List<Integer> fives(int x);

    @Sink
    void byFive(List<Integer> partition);

    @Partition(value = 3, key = "residue", from = "emit")
    List<Integer> threesPerResidue(int x);

    default int residue(int x) {
        if (x == 666) {
            throw new IllegalArgumentException("residue refuses " + x);
        }
        return Math.floorMod(x, 3);
    }

    @Sink
    void byResidue(List<Integer> partition);
}
