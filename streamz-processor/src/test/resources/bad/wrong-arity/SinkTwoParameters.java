package bad;

import io.streamz.annotations.*;

@Pipeline
public interface SinkTwoParameters {
    @Source void emit(String line);
    @Sink void out(String line, int count); // ERROR streamz.wrong-arity
}
