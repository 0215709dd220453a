package bad;

import io.streamz.annotations.Map;
import java.util.function.IntUnaryOperator;

public class InAnonymousClass {
    IntUnaryOperator twice() {
        return new IntUnaryOperator() {
            @Override
            @Map // ERROR streamz.stray-stage-annotation
            public int applyAsInt(int x) { return 2 * x; }
        };
    }
}
