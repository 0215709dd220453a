package bad;

import io.streamz.annotations.*;

@Pipeline
public interface AbstractFilterAndAccumulate {
    @Source void emit(int x);
    @Filter boolean large(int x); // ERROR streamz.stage-needs-body
    @Accumulate long total(long sum, int x); // ERROR streamz.stage-needs-body
    @Sink void out(long total);
}
