package bad;

import io.streamz.annotations.*;

@Pipeline
public interface NoSource { // ERROR streamz.no-source
    @Map default int parse(String line) { return Integer.parseInt(line); }
    @Sink void out(int x);
}
