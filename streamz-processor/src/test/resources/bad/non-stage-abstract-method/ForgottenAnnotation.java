package bad;

import io.streamz.annotations.*;

@Pipeline
public interface ForgottenAnnotation {
    @Source void emit(String line);
    void reset(); // ERROR streamz.non-stage-abstract-method
    @Sink void out(String line);
}
