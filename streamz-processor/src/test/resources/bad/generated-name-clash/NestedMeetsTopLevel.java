package bad;

import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;

/** Outer.Totals and the top-level Outer_Totals both generate Streamz_Outer_Totals. */
public class NestedMeetsTopLevel {
    @Pipeline
    public interface Totals { // ERROR streamz.generated-name-clash
        @Source void emit(String line);

        @Sink void out(String line);
    }
}

@Pipeline
interface NestedMeetsTopLevel_Totals { // ERROR streamz.generated-name-clash
    @Source void emit(String line);

    @Sink void out(String line);
}
