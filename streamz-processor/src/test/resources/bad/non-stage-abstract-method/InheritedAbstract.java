package bad;

import io.streamz.annotations.*;

@Pipeline
public interface InheritedAbstract extends Runnable { // ERROR streamz.non-stage-abstract-method
    @Source void emit(String line);
    @Sink void out(String line);
}
