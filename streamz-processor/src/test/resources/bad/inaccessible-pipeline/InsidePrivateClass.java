package bad;

import io.streamz.annotations.*;

public class InsidePrivateClass {
    private static class Holder {
        @Pipeline
        interface Nested { // ERROR streamz.inaccessible-pipeline
            @Source void emit(String line);
            @Sink void out(String line);
        }
    }
}
