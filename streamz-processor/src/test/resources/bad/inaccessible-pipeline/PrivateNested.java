package bad;

import io.streamz.annotations.*;

public class PrivateNested {
    @Pipeline
    private interface Hidden { // ERROR streamz.inaccessible-pipeline
        @Source void emit(String line);
        @Sink void out(String line);
    }
}
