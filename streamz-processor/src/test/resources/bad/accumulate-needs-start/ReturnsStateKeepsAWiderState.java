package bad;

import io.streamz.annotations.*;

import io.streamz.Accumulated;

@Pipeline
public interface ReturnsStateKeepsAWiderState {
    @Source void emit(Integer x);
    @Accumulate(returnsState = true) // ERROR streamz.accumulate-needs-start
    default Accumulated<Number, Number> max(Number max, Integer x) { return Accumulated.of(Math.max(max.intValue(), x), max); }
    @Sink void out(Number max);
}
