package io.streamz.it.time;

import io.streamz.annotations.Buffer;
import io.streamz.annotations.Map;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import java.io.IOException;
import java.util.concurrent.CompletionStage;

/**
 * Stages throwing an undeclared checked exception, as Kotlin code, Lombok's
 * {@code @SneakyThrows} or {@code Unsafe.throwException} do: {@code checked} on the emit,
 * {@code late} behind a buffer, from the loop. AnyThrowableGeneratedTest (issue 10, defect 2).
 */
@Pipeline
public interface SneakyStages {
    @Source
    CompletionStage<Void> emit(int x);

    @Map
    default int checked(int x) {
        if (x == 1) {
            throw SneakyStages.<RuntimeException>sneaky(new IOException("checked refuses 1"));
        }
        return x;
    }

    @Sink
    void direct(int x);

    @Buffer(value = 4, from = "emit")
    int queued(int x);

    @Map
    default int late(int x) {
        if (x == 2) {
            throw SneakyStages.<RuntimeException>sneaky(new IOException("late refuses 2"));
        }
        return x;
    }

    @Sink
    void buffered(int x);

    /** Throws {@code e}, checked or not, without declaring it. */
    @SuppressWarnings("unchecked")
    static <E extends Throwable> E sneaky(Throwable e) throws E {
        throw (E) e;
    }
}
