package bad;

import io.streamz.annotations.*;

@Pipeline
public interface MapAndFilter {
    @Source void emit(int x);
    @Map @Filter default boolean both(int x) { return x > 0; } // ERROR streamz.multiple-stage-annotations
    @Sink void out(boolean b);
}
