package bad;

import io.streamz.annotations.*;

@Pipeline
public interface SourceNoParameter {
    @Source void tick(); // ERROR streamz.wrong-arity
    @Sink void out(String line);
}
