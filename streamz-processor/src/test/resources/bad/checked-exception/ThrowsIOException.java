package bad;

import io.streamz.annotations.*;

@Pipeline
public interface ThrowsIOException {
    @Source void emit(String path);
    @Map default String read(String path) throws java.io.IOException { // ERROR streamz.checked-exception
        return new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(path)));
    }
    @Sink void out(String text);
}
