package valid;

import io.streamz.annotations.*;
import io.streamz.Accumulated;
import java.util.ArrayList;
import java.util.List;

/** start as a default and as a static method, and returnsState. */
@Pipeline
public interface Accumulators {
    @Source void emit(String word);
    @Accumulate(start = "empty") default List<String> seen(List<String> all, String word) {
        List<String> copy = new ArrayList<>(all);
        copy.add(word);
        return copy;
    }
    @Sink void words(List<String> all);
    @Accumulate(from = "emit", start = "zero") default int letters(int n, String word) { return n + word.length(); }
    @Sink void counts(int n);
    @Accumulate(from = "emit", start = "zero", returnsState = true)
    default Accumulated<Integer, String> numbered(int n, String word) {
        return Accumulated.of(n + 1, n + ": " + word);
    }
    @Sink void lines(String line);

    default List<String> empty() { return List.of(); }
    static int zero() { return 0; }
}
