package bad;

import io.streamz.annotations.*;

@Pipeline
public interface FlattenString {
    @Source void emit(String line);
    @Flatten char each(String line); // ERROR streamz.flatten-not-iterable
    @Sink void out(char c);
}
