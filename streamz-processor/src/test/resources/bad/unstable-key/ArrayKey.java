package bad;

import io.streamz.annotations.*;

@Pipeline
public interface ArrayKey {
    @Source void emit(String line);
    @KeyBy(key = "bytes") String byBytes(String line); // ERROR streamz.unstable-key
    default byte[] bytes(String line) { return line.getBytes(); }
    @Unique String first(String line);
    @Sink void out(String line);
}
