package bad;

import io.streamz.annotations.*;

@Pipeline
public interface DefaultClose {
    @Source void emit(int x);
    @Sink void out(int x);

    default void close() { // ERROR streamz.generated-method-clash
        System.out.println("never runs: the generated close() replaces it");
    }
}
