package io.streamz.it.docs;

import io.streamz.annotations.*;

/** The measured pipeline of docs/observability.md, word for word. */
@Pipeline(metrics = true)
public interface Checkout {
    @Source void emit(String line);
    @Map default int parse(String line) { return Integer.parseInt(line.trim()); }
    @Filter default boolean large(int cents) { return cents > 100; }
    @Sink void out(int cents);
}
