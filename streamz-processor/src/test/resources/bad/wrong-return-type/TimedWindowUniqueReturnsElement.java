package bad;

import io.streamz.annotations.*;

@Pipeline
public interface TimedWindowUniqueReturnsElement {
    @Source void emit(String line);
    @TimedWindowUnique(100) String perTenth(String line); // ERROR streamz.wrong-return-type
    @Sink void out(String w);
}
