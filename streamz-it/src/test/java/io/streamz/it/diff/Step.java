package io.streamz.it.diff;

import java.util.function.Consumer;

/** One input to a pipeline, e.g. {@code numbers(17)}: a label for failure messages and the call itself. */
record Step<P>(String label, Consumer<P> action) {
    static <P> Step<P> of(String label, Consumer<P> action) {
        return new Step<>(label, action);
    }

    @Override
    public String toString() {
        return label;
    }
}
