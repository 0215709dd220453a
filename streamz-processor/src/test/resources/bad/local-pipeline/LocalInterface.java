package bad;

import io.streamz.annotations.*;

public class LocalInterface {
    void run() {
        @Pipeline // ERROR streamz.local-pipeline
        interface Totals {
            @Source void emit(String line);
            @Sink void out(String line); // its stages get no error of their own
        }
    }
}
