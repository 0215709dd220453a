package bad;

import io.streamz.annotations.*;
import java.util.List;

@Pipeline
@SuppressWarnings("rawtypes") // suppresses javac's warning here, not in the generated class
public interface RawSourceIntoTypedMap {
    @Source void emit(List numbers); // ERROR streamz.raw-type
    @io.streamz.annotations.Map default int size(List<Integer> numbers) { return numbers.size(); }
    @Sink void out(int size);
}
