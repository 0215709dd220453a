package bad;

import io.streamz.annotations.*;

@Pipeline
public interface AbstractMap {
    @Source void emit(String line);
    @Map int parse(String line); // ERROR streamz.stage-needs-body
    @Sink void out(int x);
}
