package bad;

import io.streamz.annotations.*;

@Pipeline
public interface UnionOfDifferentTypes {
    @Source void numbers(int x);
    @Source void words(String w);
    @Union(from = {"numbers", "words"}) Integer all(Integer x); // ERROR streamz.type-mismatch
    @Sink void out(Integer x);
}
