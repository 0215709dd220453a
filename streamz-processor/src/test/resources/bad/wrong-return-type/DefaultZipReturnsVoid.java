package bad;

import io.streamz.annotations.*;

@Pipeline
public interface DefaultZipReturnsVoid {
    @Source void a(int x);
    @Source void b(int y);
    @Zip(from = {"a", "b"}) default void both(int x, int y) { } // ERROR streamz.wrong-return-type
    @Sink(from = "a") void out(int x);
}
