package bad;

import io.streamz.annotations.*;

import java.util.List;

@Pipeline
public interface JoinNamesLaterStage {
    @Source void emit(int x);
    @Zip(from = {"emit", "doubled"}) List<Object> pair(int x, int y); // ERROR streamz.forward-reference
    @Sink void out(List<Object> pair);
    @Map(from = "emit") default int doubled(int x) { return 2 * x; }
    @Sink void outDoubled(int x);
}
