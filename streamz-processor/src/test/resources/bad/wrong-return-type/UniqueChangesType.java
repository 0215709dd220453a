package bad;

import io.streamz.annotations.*;

@Pipeline
public interface UniqueChangesType {
    @Source void emit(Integer x);
    @Unique String distinct(Integer x); // ERROR streamz.wrong-return-type
    @Sink void out(String x);
}
