package bad;

import io.streamz.annotations.*;

public interface NotAPipeline {
    @Source void emit(String line); // ERROR streamz.stray-stage-annotation
    @Map default int parse(String line) { return Integer.parseInt(line); } // ERROR streamz.stray-stage-annotation
}
