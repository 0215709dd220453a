package io.streamz.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The checks a generated builder makes when it builds. */
class BuildersTest {
    @Test
    void aSetSinkIsReturnedAsItIs() {
        Consumer<String> out = s -> {};
        assertSame(out, Builders.sink(out, "out", "Totals"));
    }

    @Test
    void anUnsetSinkIsNamedWithItsPipelineAndTheBuilderMethodToCall() {
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> Builders.sink(null, "alerts", "Totals"));
        assertEquals("sink 'alerts' of Totals is not set; call alerts(...) on the builder first", e.getMessage());
    }
}
