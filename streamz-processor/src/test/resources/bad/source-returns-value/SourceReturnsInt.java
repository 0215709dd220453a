package bad;

import io.streamz.annotations.*;

@Pipeline
public interface SourceReturnsInt {
    @Source int emit(String line); // ERROR streamz.source-returns-value
    @Sink void out(String line);
}
