package io.streamz.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.Test;

/** Compiles the golden Totals pipeline in memory and runs both builds of it. */
class TotalsBehaviourTest {
    @Test
    void fusedAndInterpretedBuildsComputeTheSameRunningTotal() throws Exception {
        for (String build : List.of("build", "buildInterpreted")) {
            List<Long> out = new ArrayList<>();
            Object totals = build(build, out::add);
            Method emit = totals.getClass().getMethod("emit", String.class);
            emit.setAccessible(true);
            for (String line : List.of("150", " 20", "101", "7", "300 ")) {
                emit.invoke(totals, line);
            }
            assertThat(out).containsExactly(150L, 251L, 551L).inOrder();
        }
    }

    @Test
    void aUserExceptionReachesTheCallerUnchangedAndKeepsTheState() throws Exception {
        for (String build : List.of("build", "buildInterpreted")) {
            List<Long> out = new ArrayList<>();
            Object totals = build(build, out::add);
            Method emit = totals.getClass().getMethod("emit", String.class);
            emit.setAccessible(true);
            emit.invoke(totals, "200");
            InvocationTargetException thrown =
                    assertThrows(InvocationTargetException.class, () -> emit.invoke(totals, "two hundred"));
            assertThat(thrown.getCause()).isInstanceOf(NumberFormatException.class);
            emit.invoke(totals, "300");
            assertThat(out).containsExactly(200L, 500L).inOrder();
        }
    }

    @Test
    void aMissingSinkIsAnIllegalStateNamingIt() throws Exception {
        Object builder = load().getMethod("builder").invoke(null);
        for (String build : List.of("build", "buildInterpreted")) {
            InvocationTargetException thrown = assertThrows(
                    InvocationTargetException.class,
                    () -> builder.getClass().getMethod(build).invoke(builder));
            assertThat(thrown.getCause()).isInstanceOf(IllegalStateException.class);
            assertThat(thrown.getCause()).hasMessageThat().contains("sink 'out' of Totals is not set");
        }
    }

    private static Object build(String build, LongConsumer out) throws Exception {
        Object builder = load().getMethod("builder").invoke(null);
        builder.getClass().getMethod("out", LongConsumer.class).invoke(builder, out);
        return builder.getClass().getMethod(build).invoke(builder);
    }

    private static Class<?> load() throws IOException, ClassNotFoundException {
        Compilation compilation = Golden.compile("totals");
        return new InMemoryClassLoader(compilation).loadClass("com.acme.Streamz_Totals");
    }
}
