package bad;

import io.streamz.annotations.*;

@Pipeline
public interface ZipWidening {
    @Source void a(int x);
    @Source void b(int y);
    @Zip(from = {"a", "b"}) default long sum(long x, int y) { return x + y; } // ERROR streamz.type-mismatch
    @Sink void out(long sum);
}
