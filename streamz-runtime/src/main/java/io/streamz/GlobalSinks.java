package io.streamz;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The sinks kept alive without a reference: streamz's {@code _global_sinks}. A sink registers
 * itself when created and leaves when {@linkplain Sink#destroy() destroyed}; clearing the
 * registry lets every unreferenced sink, and the branch feeding it, be collected.
 */
public final class GlobalSinks {
    private static final Set<Sink<?>> SINKS = Collections.synchronizedSet(new LinkedHashSet<>());

    private GlobalSinks() {}

    /** {@return the registered sinks, in creation order (a snapshot)} */
    public static List<Sink<?>> all() {
        synchronized (SINKS) {
            return List.copyOf(SINKS);
        }
    }

    /** {@return how many sinks are registered} */
    public static int size() {
        return SINKS.size();
    }

    /**
     * {@return whether {@code sink} is registered}
     *
     * @param sink the sink
     */
    public static boolean contains(Stream<?> sink) {
        return SINKS.contains(sink);
    }

    /** Forgets every sink: those nobody else references can then be collected. */
    public static void clear() {
        List<Sink<?>> cleared;
        synchronized (SINKS) {
            cleared = List.copyOf(SINKS);
            SINKS.clear();
        }
        for (Sink<?> sink : cleared) {
            sink.leftRegistry(); // their upstreams stop holding them strongly
        }
    }

    static void register(Sink<?> sink) {
        SINKS.add(sink);
    }

    static boolean unregister(Sink<?> sink) {
        return SINKS.remove(sink);
    }
}
