package bad;

import io.streamz.annotations.*;

import io.streamz.Accumulated;

@Pipeline
public interface FirstElementIsNotTheEmittedType {
    @Source void emit(int x);
    @Accumulate(returnsState = true) // ERROR streamz.accumulate-needs-start
    default Accumulated<Long, String> total(long sum, int x) { return Accumulated.of(sum + x, "=" + (sum + x)); }
    @Sink void out(String total);
}
