package bad;

import io.streamz.annotations.*;

import java.util.List;

@Pipeline
public interface ZipOneInput {
    @Source void emit(int x);
    @Zip(from = "emit") List<Object> pair(int x); // ERROR streamz.too-few-inputs
    @Sink void out(List<Object> pair);
}
