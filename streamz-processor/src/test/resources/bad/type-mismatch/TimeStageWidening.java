package bad;

import io.streamz.annotations.*;
import java.util.List;

@Pipeline
public interface TimeStageWidening {
    @Source void emit(int x);
    @TimedWindow(100) List<Long> perTenth(long x); // ERROR streamz.type-mismatch
    @Sink void out(List<Long> window);
    @Delay(value = 5, from = "emit") long later(long x); // ERROR streamz.type-mismatch
    @Sink void late(long x);
}
