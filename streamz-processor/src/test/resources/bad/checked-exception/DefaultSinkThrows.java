package bad;

import io.streamz.annotations.*;

@Pipeline
public interface DefaultSinkThrows {
    @Source void emit(String line);
    @Sink default void out(String line) throws InterruptedException { Thread.sleep(1); } // ERROR streamz.checked-exception
}
