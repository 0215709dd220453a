package bad;

import io.streamz.annotations.*;

@Pipeline
public interface MissingClass {
    @Source void emit(String line);
    @Map default NoSuchOrder parse(String line) { return null; } // ERROR streamz.unresolved-type ERROR javac
    @Sink void out(String line);
}
