package bad;

import io.streamz.annotations.*;

public class InheritedClose {
    public interface Closer {
        default void close() {
            System.out.println("closing");
        }
    }

    @Pipeline
    public interface Lines extends Closer { // ERROR streamz.generated-method-clash
        @Source void emit(String line);
        @Sink void out(String line);
    }
}
