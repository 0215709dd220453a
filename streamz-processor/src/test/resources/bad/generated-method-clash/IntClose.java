package bad;

import io.streamz.annotations.*;

@Pipeline
public interface IntClose {
    @Source void emit(int x);
    @Sink void out(int x);

    default int close() { // ERROR streamz.generated-method-clash
        return 0;
    }
}
