package bad;

import io.streamz.annotations.*;

import io.streamz.Accumulated;

@Pipeline
public interface ReturnsStateEmitsWiderThanItsState {
    @Source void emit(Integer x);
    @Accumulate(returnsState = true) // ERROR streamz.accumulate-needs-start
    default Accumulated<Integer, Number> half(Integer last, Integer x) { return Accumulated.of(x, last / 2.0); }
    @Sink void out(Number half);
}
