package bad;

import io.streamz.annotations.*;
import java.util.List;

@Pipeline
@SuppressWarnings("rawtypes")
public interface RawInsideTypes {
    @Source void emit(String line);
    @io.streamz.annotations.Map default List<java.util.Map> parse(String line) { return List.of(); } // ERROR streamz.raw-type
    @Sink(from = "emit") void out(String line);
    @io.streamz.annotations.Map(from = "emit") default Comparable[] all(String line) { return new Comparable[0]; } // ERROR streamz.raw-type
    @Sink default void count(Comparable<?>[] values) { }
}
