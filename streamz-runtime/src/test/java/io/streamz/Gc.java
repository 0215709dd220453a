package io.streamz;

import java.lang.ref.WeakReference;

/** Real garbage collection for tests: {@link System#gc()} polled in a bounded loop, no mocks. */
final class Gc {
    private Gc() {}

    /** Whether {@code ref} is cleared within 50 collections. */
    static boolean collects(WeakReference<?> ref) throws InterruptedException {
        for (int attempt = 0; attempt < 50 && ref.get() != null; attempt++) {
            System.gc();
            if (ref.get() != null) {
                Thread.sleep(10);
            }
        }
        return ref.get() == null;
    }

    /** Runs a few full collections, for asserting that something survives them. */
    static void collectAFewTimes() {
        for (int attempt = 0; attempt < 3; attempt++) {
            System.gc();
        }
    }
}
