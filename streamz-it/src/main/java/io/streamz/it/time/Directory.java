package io.streamz.it.time;

import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.function.LongFunction;

/**
 * The asynchronous user directory {@link Lookups} calls from its {@code @MapAsync} method: a
 * stand-in for a client library, which tests point at a fake answering on virtual time. One
 * pipeline run at a time.
 */
public final class Directory {
    private static volatile LongFunction<CompletionStage<String>> service = id -> {
        throw new IllegalStateException("no directory service set; call Directory.use(...) first");
    };

    private Directory() {}

    /** Answers every later {@link #lookup} with {@code lookups}. */
    public static void use(LongFunction<CompletionStage<String>> lookups) {
        service = Objects.requireNonNull(lookups, "lookups");
    }

    /** The name of user {@code id}, eventually. */
    public static CompletionStage<String> lookup(long id) {
        return service.apply(id);
    }
}
