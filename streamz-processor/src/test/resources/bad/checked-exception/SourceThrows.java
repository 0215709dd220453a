package bad;

import io.streamz.annotations.*;

@Pipeline
public interface SourceThrows {
    @Source void emit(String line) throws Exception; // ERROR streamz.checked-exception
    @Sink void out(String line);
}
