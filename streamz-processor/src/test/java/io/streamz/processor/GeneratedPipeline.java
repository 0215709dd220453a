package io.streamz.processor;

import com.google.testing.compile.Compilation;
import io.streamz.EventLoop;
import io.streamz.StageFailure;
import io.streamz.VirtualTimeLoop;
import io.streamz.internal.Completions;
import io.streamz.metrics.PipelineMetrics;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javax.tools.JavaFileObject;

/**
 * Loads, builds and drives a generated pipeline class by reflection, for the differential tests:
 * every sink supplied to the builder logs its calls (with the virtual time, once time has moved),
 * asynchronous sinks complete on the loop, and every source call logs what it throws or how its
 * returned stage completes, so that a fused build and its interpreted twin can be compared call
 * for call.
 */
final class GeneratedPipeline {
    private GeneratedPipeline() {}

    /** The generated {@code Streamz_*} class of {@code compilation}, in a class loader of its own. */
    static Class<?> load(Compilation compilation) throws ClassNotFoundException {
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
    static List<Method> sources(Class<?> generated) throws NoSuchMethodException {
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

    static Set<String> sinks(Class<?> generated) throws NoSuchMethodException {
        Set<String> setters = new TreeSet<>();
        Class<?> builder = generated.getMethod("builder").getReturnType();
        for (Method method : builder.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers())
                    && method.getParameterCount() == 1
                    && method.getParameterTypes()[0] != EventLoop.class
                    && method.getParameterTypes()[0] != PipelineMetrics.class) {
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

    static Object build(Class<?> generated, String build, List<String> log, VirtualTimeLoop loop) throws Exception {
        Object builder = generated.getMethod("builder").invoke(null);
        for (Method setter : builder.getClass().getMethods()) {
            if (setter.getDeclaringClass() == builder.getClass()
                    && setter.getParameterCount() == 1
                    && setter.getParameterTypes()[0] == EventLoop.class) {
                setter.invoke(builder, loop);
            } else if (setter.getDeclaringClass() == builder.getClass()
                    && setter.getParameterCount() == 1
                    && setter.getParameterTypes()[0] == PipelineMetrics.class) {
                setter.invoke(builder, PipelineMetrics.create(build, 1, loop::nanoTime)); // a measured pipeline
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
    static void call(Method source, Object pipeline, Object value, List<String> log, VirtualTimeLoop loop)
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

    static String describe(Throwable failure) {
        return failure.getClass().getName() + ": " + failure.getMessage() + " in " + StageFailure.stageOf(failure);
    }
}
