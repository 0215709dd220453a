package io.streamz.it.seed;

import io.streamz.Accumulated;
import io.streamz.annotations.Accumulate;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import java.util.HashSet;
import java.util.Set;

/**
 * The seed's {@code accumulate(num_distinct, returns_state=True, start=set())}: the state is the
 * set of words seen, the value emitted its size; cat, dog, cat, mouse print 1, 2, 2, 3.
 */
@Pipeline
public interface NumDistinct {
    @Source
    void emit(String word);

    @Accumulate(start = "noWords", returnsState = true)
    default Accumulated<Set<String>, Integer> numDistinct(Set<String> seen, String word) {
        seen.add(word);
        return Accumulated.of(seen, seen.size());
    }

    /** A fresh set for every built pipeline: the state is mutated in place, as in the seed. */
    default Set<String> noWords() {
        return new HashSet<>();
    }

    @Sink
    void out(Integer distinct);
}
