package bad;

import io.streamz.annotations.*;

@Pipeline
public interface UnionNoInputs {
    @Source void emit(int x);
    @Union(from = {}) int all(int x); // ERROR streamz.too-few-inputs
    @Sink void out(int x);
}
