package bad;

import io.streamz.annotations.*;

/** Local types with annotations that only look like Streamz's: no Streamz error. */
public class NotOurs {
    @interface Sink {}

    void run() {
        interface Local {
            @Sink void out(String line); // this package's Sink wins over the on-demand import
        }
        @Pipeline // ERROR streamz.local-pipeline
        record Point(int x) {}
    }
}
