package bad;

import io.streamz.annotations.*;

@Pipeline
public interface MapTwoParameters {
    @Source void emit(String line);
    @Map default int add(String a, String b) { return a.length() + b.length(); } // ERROR streamz.wrong-arity
    @Sink void out(int x);
}
