package io.streamz.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import io.streamz.EventLoop;
import io.streamz.StageFailure;
import io.streamz.VirtualTimeLoop;
import io.streamz.internal.Completions;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javax.tools.JavaFileObject;
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
        assertAgree(generatedClass(Golden.compile(name)), name, 25);
    }

    /**
     * Runs the pipeline {@code generated} implements, fused and interpreted, on {@code seeds}
     * seeds of 60 random source calls, and asserts both log the same, and that every sink
     * received something.
     */
    static void assertAgree(Class<?> generated, String name, int seeds) throws Exception {
        List<Method> sources = sources(generated);
        assertWithMessage("sources of %s", name).that(sources).isNotEmpty();
        Set<String> sinksCalled = new TreeSet<>();
        for (int seed = 0; seed < seeds; seed++) {
            List<String> fusedLog = new ArrayList<>();
            List<String> twinLog = new ArrayList<>();
            VirtualTimeLoop loop = new VirtualTimeLoop();
            Object fused = build(generated, "build", fusedLog, loop);
            Object twin = build(generated, "buildInterpreted", twinLog, loop);
            Random random = new Random(seed);
            for (int step = 0; step < 60; step++) {
                Method source = sources.get(random.nextInt(sources.size()));
                Object value = randomValue(source.getGenericParameterTypes()[0], random);
                call(source, fused, value, fusedLog, loop);
                call(source, twin, value, twinLog, loop);
                loop.advanceBy(Duration.ofMillis(random.nextInt(4) * random.nextInt(300)));
            }
            loop.advanceBy(Duration.ofSeconds(60));
            assertWithMessage("%s, seed %s", name, seed).that(fusedLog).isEqualTo(twinLog);
            for (String entry : fusedLog) {
                sinksCalled.add(entry.substring(0, Math.max(0, entry.indexOf('='))));
            }
        }
        assertWithMessage("sinks that received something in %s", name)
                .that(sinksCalled)
                .containsAtLeastElementsIn(setters(generated));
    }

    /** The generated class {@code binaryName} of {@code compilation}, loaded. */
    static Class<?> generatedClass(Compilation compilation, String binaryName) throws ClassNotFoundException {
        return new InMemoryClassLoader(compilation).loadClass(binaryName);
    }

    private static Class<?> generatedClass(Compilation compilation) throws ClassNotFoundException {
        InMemoryClassLoader loader = new InMemoryClassLoader(compilation);
        for (JavaFileObject file : compilation.generatedFiles()) {
            String path = file.toUri().getPath();
            if (file.getKind() == JavaFileObject.Kind.CLASS && path.contains("/Streamz_") && !path.contains("$")) {
                String binary = path.substring(
                                path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(),
                                path.length() - ".class".length())
                        .replace('/', '.');
                return loader.loadClass(binary);
            }
        }
        throw new AssertionError("no generated class");
    }

    /** Abstract void one-parameter methods that are not sinks (sinks have a builder setter). */
    private static List<Method> sources(Class<?> generated) throws NoSuchMethodException {
        Class<?> builder = generated.getMethod("builder").getReturnType();
        List<Method> sources = new ArrayList<>();
        for (Method method : generated.getInterfaces()[0].getMethods()) {
            if (Modifier.isAbstract(method.getModifiers())
                    && (method.getReturnType() == void.class || method.getReturnType() == CompletionStage.class)
                    && method.getParameterCount() == 1
                    && !hasSetter(builder, method.getName())) {
                sources.add(method);
            }
        }
        sources.sort((a, b) -> a.getName().compareTo(b.getName()));
        return sources;
    }

    private static Set<String> setters(Class<?> generated) throws NoSuchMethodException {
        Set<String> setters = new TreeSet<>();
        Class<?> builder = generated.getMethod("builder").getReturnType();
        for (Method method : builder.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers())
                    && method.getParameterCount() == 1
                    && method.getParameterTypes()[0] != EventLoop.class) {
                setters.add(method.getName());
            }
        }
        return setters;
    }

    private static boolean hasSetter(Class<?> builder, String name) {
        for (Method method : builder.getMethods()) {
            if (method.getName().equals(name)
                    && method.getParameterCount() == 1
                    && method.getReturnType() == builder
                    && method.getParameterTypes()[0] != EventLoop.class) {
                return true;
            }
        }
        return false;
    }

    private static Object build(Class<?> generated, String build, List<String> log, VirtualTimeLoop loop)
            throws Exception {
        Object builder = generated.getMethod("builder").invoke(null);
        for (Method setter : builder.getClass().getMethods()) {
            if (setter.getDeclaringClass() == builder.getClass()
                    && setter.getParameterCount() == 1
                    && setter.getParameterTypes()[0] == EventLoop.class) {
                setter.invoke(builder, loop);
            } else if (setter.getDeclaringClass() == builder.getClass() && setter.getParameterCount() == 1) {
                Class<?> consumer = setter.getParameterTypes()[0];
                setter.invoke(
                        builder,
                        Proxy.newProxyInstance(
                                consumer.getClassLoader(), new Class<?>[] {consumer}, (proxy, method, args) -> {
                                    if (method.getName().equals("accept")
                                            || method.getName().equals("apply")) {
                                        log.add(setter.getName() + "=" + args[0]
                                                + (loop.nanoTime() == 0
                                                        ? ""
                                                        : "@" + loop.now().toMillis()));
                                        return method.getName().equals("apply")
                                                ? laterWrite(loop, setter.getName(), args[0])
                                                : null;
                                    }
                                    throw new UnsupportedOperationException(method.getName());
                                }));
            }
        }
        return builder.getClass().getMethod(build).invoke(builder);
    }

    /**
     * What an asynchronous sink's function returns: a stage the loop completes 0, 100 or 200 ms
     * later, failing for one value in five; the same for the same value in both builds.
     */
    private static CompletionStage<Void> laterWrite(VirtualTimeLoop loop, String sink, Object value) {
        int hash = String.valueOf(value).hashCode();
        CompletableFuture<Void> written = new CompletableFuture<>();
        loop.schedule(Duration.ofMillis(Math.floorMod(hash, 3) * 100L), () -> {
            if (Math.floorMod(hash, 5) == 0) {
                written.completeExceptionally(new IllegalStateException(sink + " failed on " + value));
            } else {
                written.complete(null);
            }
        });
        return written;
    }

    /**
     * Calls a source, logging what it throws and the stage that failed; a source returning a
     * stage logs when and how it completes.
     */
    private static void call(Method source, Object pipeline, Object value, List<String> log, VirtualTimeLoop loop)
            throws IllegalAccessException {
        try {
            Object result = source.invoke(pipeline, value);
            if (result instanceof CompletionStage) {
                ((CompletionStage<?>) result)
                        .whenComplete((ignored, failure) -> log.add(
                                failure == null
                                        ? "resolved@" + loop.now().toMillis()
                                        : "failed " + describe(Completions.unwrap(failure))));
            }
        } catch (InvocationTargetException e) {
            log.add("threw " + describe(e.getCause()));
        }
    }

    private static String describe(Throwable failure) {
        return failure.getClass().getName() + ": " + failure.getMessage() + " in " + StageFailure.stageOf(failure);
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
        throw new AssertionError("no random values of " + type);
    }
}
