package bad;

import io.streamz.annotations.*;

@Pipeline
public interface UnionSameInputTwice {
    @Source void a(int x);
    @Source void b(int x);
    @Union(from = {"a", "b", "a"}) int all(int x); // ERROR streamz.duplicate-input
    @Sink void out(int x);
}
