package bad;

import io.streamz.annotations.*;

@Pipeline
public interface UnionWidening {
    @Source void ints(int x);
    @Source void longs(long x);
    @Union(from = {"ints", "longs"}) long all(long x); // ERROR streamz.type-mismatch
    @Sink void out(long x);
}
