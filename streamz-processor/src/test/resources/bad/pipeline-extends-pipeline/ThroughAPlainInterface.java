package bad;

import io.streamz.annotations.*;

@Pipeline
interface Base {
    @Source void emit(String line);
    @Sink void out(String line);
}

interface Middle extends Base {}

@Pipeline
public interface ThroughAPlainInterface extends Runnable, Middle { // ERROR streamz.pipeline-extends-pipeline
    @Source void emit2(String line);
    @Sink void out2(String line);
}
