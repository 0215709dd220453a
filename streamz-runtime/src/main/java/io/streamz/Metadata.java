package io.streamz;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The metadata of the element being pushed through the graph on this thread (streamz's
 * {@code metadata=} argument of {@code update}/{@code _emit}): a pass-through stage forwards it
 * simply by pushing on within the same call, so only the stages that keep elements for later
 * deal with it. Free while unused: until the first {@link Stream#emit(Object, List)} no thread
 * reads the thread-local.
 */
final class Metadata {
    /** Whether any emit ever carried metadata; set once, never reset. */
    private static volatile boolean used;

    private static final ThreadLocal<List<Map<String, Object>>> CURRENT = new ThreadLocal<>();

    private Metadata() {}

    static boolean used() {
        return used;
    }

    /** The metadata of the element being pushed on this thread, or {@code null}. */
    static List<Map<String, Object>> current() {
        return used ? CURRENT.get() : null;
    }

    /**
     * Pushes with {@code metadata} as the current metadata (possibly {@code null}): its references
     * are held from now until the returned work completes (or the push throws). A reference's
     * callback that throws on the release fails the push: it throws, or its future fails (with the
     * callback's exception, or suppressed in the work's own failure).
     */
    static CompletableFuture<Void> pushWith(
            List<Map<String, Object>> metadata, Supplier<CompletableFuture<Void>> push) {
        if (metadata != null) {
            used = true;
            retain(metadata);
        }
        List<Map<String, Object>> outer = used ? CURRENT.get() : null;
        if (used) {
            CURRENT.set(metadata);
        }
        CompletableFuture<Void> pending;
        try {
            pending = push.get();
        } catch (RuntimeException | Error e) {
            release(metadata);
            throw e;
        } finally {
            if (used) {
                CURRENT.set(outer);
            }
        }
        if (pending == null || pending.isDone()) {
            release(metadata);
        } else if (metadata != null) {
            // the caller waits for the release too: a callback that throws then fails its future
            return pending.whenComplete((value, failure) -> release(metadata));
        }
        return pending;
    }

    /** The concatenation of {@code held}'s lists ({@code null}s skipped), or {@code null} if it has none. */
    static List<Map<String, Object>> concat(Iterable<List<Map<String, Object>>> held) {
        List<Map<String, Object>> all = null;
        for (List<Map<String, Object>> metadata : held) {
            if (metadata != null && !metadata.isEmpty()) {
                if (all == null) {
                    all = new java.util.ArrayList<>();
                }
                all.addAll(metadata);
            }
        }
        return all == null ? null : List.copyOf(all);
    }

    static void retain(List<Map<String, Object>> metadata) {
        forEachRef(metadata, 1);
    }

    static void release(List<Map<String, Object>> metadata) {
        forEachRef(metadata, -1);
    }

    private static void forEachRef(List<Map<String, Object>> metadata, int delta) {
        if (metadata == null) {
            return;
        }
        Throwable failed = null;
        for (Map<String, Object> entry : metadata) {
            Object ref = entry.get("ref");
            if (ref instanceof RefCounter) {
                if (delta > 0) {
                    ((RefCounter) ref).retain(delta);
                } else {
                    try {
                        ((RefCounter) ref).release(-delta);
                    } catch (RuntimeException | Error e) { // a callback threw: the other references are released still
                        failed = firstOf(failed, e);
                    }
                }
            }
        }
        rethrow(failed);
    }

    /** {@code failed}, with {@code next} suppressed in it, or {@code next} if it is the first. */
    static Throwable firstOf(Throwable failed, Throwable next) {
        if (failed == null) {
            return next;
        }
        failed.addSuppressed(next);
        return failed;
    }

    /** Throws {@code failed} (a {@code RuntimeException} or an {@code Error}), if not {@code null}. */
    static void rethrow(Throwable failed) {
        if (failed instanceof RuntimeException e) {
            throw e;
        }
        if (failed != null) {
            throw (Error) failed;
        }
    }
}
