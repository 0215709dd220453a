package bad;

import io.streamz.annotations.*;

@Pipeline
public interface ZipMissingParameter {
    @Source void left(int x);
    @Source void right(String s);
    @Zip(from = {"left", "right"}) default String pair(int x) { return "" + x; } // ERROR streamz.wrong-arity
    @Sink void out(String s);
}
