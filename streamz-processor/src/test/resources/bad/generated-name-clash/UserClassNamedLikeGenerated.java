package bad;

import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;

@Pipeline
public interface UserClassNamedLikeGenerated { // ERROR streamz.generated-name-clash
    @Source void emit(String line);

    @Sink void out(String line);
}

/** Declared by hand: the processor would generate a class of this very name. */
final class Streamz_UserClassNamedLikeGenerated {}
