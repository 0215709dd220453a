package bad;

import io.streamz.annotations.*;

@Pipeline
public interface AbstractZipReturnsString {
    @Source void left(int x);
    @Source void right(int y);
    @Zip(from = {"left", "right"}) String pair(int x, int y); // ERROR streamz.wrong-return-type
    @Sink void out(String s);
}
