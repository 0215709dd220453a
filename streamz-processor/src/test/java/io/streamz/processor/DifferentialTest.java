package io.streamz.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import io.streamz.VirtualTimeLoop;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every golden pipeline, fused and interpreted, on the same random calls of its sources and
 * asserts that both produce the same sink calls in the same order, and the same exceptions. A
 * pipeline with time or buffer stages runs both builds on one {@link VirtualTimeLoop}: calls come
 * at random virtual times and each sink call is logged with the virtual time it happened at.
 */
class DifferentialTest {
    private static final String[] WORDS = {"150", " 20", "101", "7", "300 ", "x", "a b", "A", "a", "B b c", "", "b"};

    static List<String> cases() throws IOException {
        return Golden.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fusedAndInterpretedAgreeOnRandomInputs(String name) throws Exception {
        assertAgree(GeneratedPipeline.load(Golden.compile(name)), name, 25);
    }

    /**
     * Runs the pipeline {@code generated} implements, fused and interpreted, on {@code seeds}
     * seeds of 60 random source calls, and asserts both log the same, and that every sink
     * received something.
     */
    static void assertAgree(Class<?> generated, String name, int seeds) throws Exception {
        List<Method> sources = GeneratedPipeline.sources(generated);
        assertWithMessage("sources of %s", name).that(sources).isNotEmpty();
        Set<String> sinksCalled = new TreeSet<>();
        for (int seed = 0; seed < seeds; seed++) {
            List<String> fusedLog = new ArrayList<>();
            List<String> twinLog = new ArrayList<>();
            VirtualTimeLoop loop = new VirtualTimeLoop();
            Object fused = GeneratedPipeline.build(generated, "build", fusedLog, loop);
            Object twin = GeneratedPipeline.build(generated, "buildInterpreted", twinLog, loop);
            Random random = new Random(seed);
            for (int step = 0; step < 60; step++) {
                Method source = sources.get(random.nextInt(sources.size()));
                Object value = randomValue(source.getGenericParameterTypes()[0], random);
                GeneratedPipeline.call(source, fused, value, fusedLog, loop);
                GeneratedPipeline.call(source, twin, value, twinLog, loop);
                loop.advanceBy(Duration.ofMillis(random.nextInt(4) * random.nextInt(300)));
            }
            loop.advanceBy(Duration.ofSeconds(60));
            if (hasKeyedTimers(generated)) {
                // per-key timers: across keys, elements due at one instant may come in another order
                assertWithMessage("%s, seed %s", name, seed).that(fusedLog).containsExactlyElementsIn(twinLog);
            } else {
                assertWithMessage("%s, seed %s", name, seed).that(fusedLog).isEqualTo(twinLog);
            }
            for (String entry : fusedLog) {
                sinksCalled.add(entry.substring(0, Math.max(0, entry.indexOf('='))));
            }
        }
        assertWithMessage("sinks that received something in %s", name)
                .that(sinksCalled)
                .containsAtLeastElementsIn(GeneratedPipeline.sinks(generated));
    }

    /** Whether {@code generated} has a {@code spec()} with per-key timers (keyed time stages). */
    private static boolean hasKeyedTimers(Class<?> generated) throws ReflectiveOperationException {
        try {
            Object spec = generated.getMethod("spec").invoke(null);
            return !((List<?>) spec.getClass().getMethod("timers").invoke(spec)).isEmpty();
        } catch (NoSuchMethodException unkeyed) {
            return false;
        }
    }

    /** The generated class {@code binaryName} of {@code compilation}, loaded. */
    static Class<?> generatedClass(Compilation compilation, String binaryName) throws ClassNotFoundException {
        return new InMemoryClassLoader(compilation).loadClass(binaryName);
    }

    private static Object randomValue(Type type, Random random) {
        if (type == int.class) {
            return random.nextInt(240) - 20;
        }
        if (type == Integer.class) { // boxed: now and then null, which unique must keep as a key
            return random.nextInt(10) == 0 ? null : random.nextInt(40) - 20;
        }
        if (type == long.class) {
            return (long) random.nextInt(1000);
        }
        if (type == double.class) {
            return (double) (random.nextInt(9) - 2) / 2;
        }
        if (type == String.class) {
            return WORDS[random.nextInt(WORDS.length)];
        }
        if (type == String[].class) {
            String[] words = new String[random.nextInt(4)];
            for (int i = 0; i < words.length; i++) {
                words[i] = WORDS[random.nextInt(WORDS.length)];
            }
            return words;
        }
        if (type instanceof ParameterizedType && ((ParameterizedType) type).getRawType() == Map.Entry.class) {
            return Map.entry(WORDS[random.nextInt(WORDS.length)], random.nextInt(5) - 2);
        }
        if (type instanceof Class<?> record && record.isRecord()) {
            return randomRecord(record, random);
        }
        throw new AssertionError("no random values of " + type);
    }

    /** A record of random components (a keyed golden's element). */
    private static Object randomRecord(Class<?> record, Random random) {
        java.lang.reflect.RecordComponent[] components = record.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = randomValue(components[i].getGenericType(), random);
        }
        try {
            return record.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot make a " + record, e);
        }
    }
}
