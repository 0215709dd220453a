package bad;

import io.streamz.annotations.*;
import java.util.Set;

@Pipeline
public interface SetKey {
    @Source void emit(String line);
    @KeyBy(key = "letters") String byLetters(String line); // ERROR streamz.unstable-key
    default Set<Integer> letters(String line) { return Set.copyOf(line.chars().boxed().toList()); }
    @Sink void out(String line);
}
