package bad;

import io.streamz.annotations.*;

import java.util.List;

@Pipeline
public interface JoinNamesMissingInput {
    @Source void left(int x);
    @Source void right(int y);
    @Zip(from = {"left", "rigth"}) List<Object> pair(int x, int y); // ERROR streamz.unknown-upstream
    @Sink void out(List<Object> pair);
}
