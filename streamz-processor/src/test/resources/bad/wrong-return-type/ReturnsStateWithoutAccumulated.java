package bad;

import io.streamz.annotations.*;

@Pipeline
public interface ReturnsStateWithoutAccumulated {
    @Source void emit(int x);
    @Accumulate(returnsState = true) default long total(long sum, int x) { return sum + x; } // ERROR streamz.wrong-return-type
    @Sink void out(long total);
}
