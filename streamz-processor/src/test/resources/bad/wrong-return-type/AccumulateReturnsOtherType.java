package bad;

import io.streamz.annotations.*;

@Pipeline
public interface AccumulateReturnsOtherType {
    @Source void emit(int x);
    @Accumulate default String total(long sum, int x) { return "" + (sum + x); } // ERROR streamz.wrong-return-type
    @Sink void out(String s);
}
