package bad;

import io.streamz.annotations.*;

import java.util.List;

@Pipeline
public interface CombineLatestOneInput {
    @Source void a(int x);
    @CombineLatest(from = {"a"}) List<Object> latest(int x); // ERROR streamz.too-few-inputs
    @Sink void out(List<Object> latest);
}
