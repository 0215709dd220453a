package bad;

import io.streamz.annotations.*;

@Pipeline
public interface NothingClose {
    @Source void emit(String line);
    @Sink(from = "somewhereElse") void out(String line); // ERROR streamz.unknown-upstream
}
