package bad;

import io.streamz.annotations.*;

@Pipeline
public interface NegativeRateLimit {
    @Source void emit(int x);
    @RateLimit(value = -1) int paced(int x); // ERROR streamz.negative-interval
    @Sink void out(int x);
}
