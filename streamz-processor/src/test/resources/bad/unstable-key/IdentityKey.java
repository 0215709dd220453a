package bad;

import io.streamz.annotations.*;

@Pipeline
public interface IdentityKey {
    final class Box { }
    @Source void emit(String line);
    @KeyBy(key = "box") String byBox(String line); // ERROR streamz.unstable-key
    default Box box(String line) { return new Box(); }
    @Sink void out(String line);
}
