package bad;

import io.streamz.annotations.*;

import java.util.List;

@Pipeline
public interface FlattenReturnsList {
    @Source void emit(List<String> words);
    @Flatten List<String> each(List<String> words); // ERROR streamz.wrong-return-type
    @Sink void out(List<String> words);
}
