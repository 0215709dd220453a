package bad;

import io.streamz.annotations.*;

@Pipeline // ERROR streamz.pipeline-not-interface
public abstract class OnClass {
    @Source abstract void emit(String line);
}
