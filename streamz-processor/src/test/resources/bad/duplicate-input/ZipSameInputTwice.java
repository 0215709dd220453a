package bad;

import io.streamz.annotations.*;

import java.util.List;

@Pipeline
public interface ZipSameInputTwice {
    @Source void emit(int x);
    @Zip(from = {"emit", "emit"}) List<Object> twice(int a, int b); // ERROR streamz.duplicate-input
    @Sink void out(List<Object> pair);
}
