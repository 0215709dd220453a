package bad;

import io.streamz.annotations.*;
import java.util.List;

@Pipeline
public interface LongMaxIntervals {
    @Source void emit(String line);
    @Delay(Long.MAX_VALUE) String later(String line); // ERROR streamz.interval-too-long
    @RateLimit(4_611_686_018_428L) String paced(String line); // ERROR streamz.interval-too-long
    @TimedWindow(Long.MAX_VALUE / 1_000_000) List<String> windows(String line); // ERROR streamz.interval-too-long
    @Sink void out(List<String> lines);
}
