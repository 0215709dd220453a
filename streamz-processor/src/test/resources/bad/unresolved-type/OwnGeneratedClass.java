package bad;

import io.streamz.annotations.*;

/** Its own generated class can only exist once every type its stages name exists: never. */
@Pipeline
public interface OwnGeneratedClass {
    @Source void emit(String line);
    @Map default Streamz_OwnGeneratedClass wrap(String line) { return null; } // ERROR streamz.unresolved-type ERROR javac
    @Sink void out(Object pipeline);
}
