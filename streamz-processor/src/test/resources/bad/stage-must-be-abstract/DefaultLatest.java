package bad;

import io.streamz.annotations.*;

@Pipeline
public interface DefaultLatest {
    @Source void emit(String line);
    @Latest default String newest(String line) { return line; } // ERROR streamz.stage-must-be-abstract
    @Sink void out(String line);
}
