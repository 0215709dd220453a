package bad;

import io.streamz.annotations.*;

import java.util.List;

@Pipeline
public interface CombineLatestExtraParameter {
    @Source void a(int x);
    @Source void b(int y);
    @CombineLatest(from = {"a", "b"}) List<Object> both(int x, int y, int z); // ERROR streamz.wrong-arity
    @Sink void out(List<Object> both);
}
