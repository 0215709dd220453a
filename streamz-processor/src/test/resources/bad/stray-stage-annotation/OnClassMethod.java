package bad;

import io.streamz.annotations.*;

public class OnClassMethod {
    @Filter public boolean large(int x) { return x > 100; } // ERROR streamz.stray-stage-annotation
}
