package bad;

import io.streamz.annotations.*;

interface Outputs {
    @Sink void out(String line); // ERROR streamz.stray-stage-annotation
}

@Pipeline
public interface InheritedStage extends Outputs { // ERROR streamz.non-stage-abstract-method
    @Source void emit(String line);
    @Sink default void log(String line) { System.out.println(line); }
}
