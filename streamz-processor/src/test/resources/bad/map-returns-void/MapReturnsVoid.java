package bad;

import io.streamz.annotations.*;

@Pipeline
public interface MapReturnsVoid {
    @Source void emit(String line);
    @Map default void print(String line) { System.out.println(line); } // ERROR streamz.map-returns-void
    @Sink(from = "emit") void out(String line);
}
