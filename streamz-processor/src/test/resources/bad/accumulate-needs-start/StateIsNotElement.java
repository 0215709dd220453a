package bad;

import io.streamz.annotations.*;

import java.util.List;

@Pipeline
public interface StateIsNotElement {
    @Source void emit(String word);
    @Accumulate default List<String> collect(List<String> all, String word) { return all; } // ERROR streamz.accumulate-needs-start
    @Sink void out(List<String> all);
}
