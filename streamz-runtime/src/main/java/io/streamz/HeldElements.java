package io.streamz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The metadata of the elements one stage keeps for later (a buffer's queue, a partition, a
 * window, a join's FIFOs and latest values, a collect's cache, a delayed element, a call in
 * flight): an element that arrives carrying metadata is kept as a {@link Held} wrapper whose
 * references stay retained until the stage lets go of it, and when it goes downstream, alone
 * or in a list, it carries its metadata again. An element without metadata is kept as it is,
 * so a stage that never sees metadata keeps what it always kept, and its helper in
 * {@code io.streamz.internal} (shared with generated code) never sees a wrapper of a kind it
 * would have to know. Loop-confined, as the stage.
 */
final class HeldElements {
    /** Whether the wrappers retain their references, or only carry them (see {@link #carrying()}). */
    private final boolean retains;

    /** Every wrapper handed out and not let go of yet: what {@link #releaseAll} releases. */
    private final Set<Held> held = Collections.newSetFromMap(new IdentityHashMap<>());

    /** An element kept with the metadata it arrived with, from input {@code owner} (or {@code null}). */
    static final class Held {
        final Object element;
        final List<Map<String, Object>> metadata;
        final Object owner;

        private Held(Object element, List<Map<String, Object>> metadata, Object owner) {
            this.element = element;
            this.metadata = metadata;
            this.owner = owner;
        }
    }

    /** For a stage that keeps elements after their emit's work is done: wrappers retain their references. */
    HeldElements() {
        this(true);
    }

    private HeldElements(boolean retains) {
        this.retains = retains;
    }

    /**
     * For a stage whose emit future completes only once the element it keeps went through (a
     * delay, a rate limit): that future already holds the references, so wrappers only carry them.
     */
    static HeldElements carrying() {
        return new HeldElements(false);
    }

    /** {@link #hold(Object, Object)} without an owner. */
    Object hold(Object x) {
        return hold(x, null);
    }

    /**
     * What the stage should keep for {@code x}, which is being pushed now: {@code x} itself when it
     * carries no metadata (always, until metadata is first used), else a {@link Held} whose
     * references are retained from now on.
     */
    Object hold(Object x, Object owner) {
        List<Map<String, Object>> carried = Metadata.current();
        if (carried == null || carried.isEmpty()) {
            return x;
        }
        if (retains) {
            Metadata.retain(carried);
        }
        Held wrapper = new Held(x, carried, owner);
        held.add(wrapper);
        return wrapper;
    }

    /** Whether nothing kept carries metadata: every kept item is then the element itself. */
    boolean isEmpty() {
        return held.isEmpty();
    }

    /** The element {@code item} keeps. */
    static Object element(Object item) {
        return item instanceof Held ? ((Held) item).element : item;
    }

    /**
     * Pushes the element {@code item} keeps with its metadata as the current metadata, then lets
     * go of it: its references stay held by the push until the work it returns is done.
     */
    CompletableFuture<Void> letGo(Object item, Function<Object, CompletableFuture<Void>> push) {
        return letGoAs(item, element(item), push);
    }

    /** {@link #letGo} pushing {@code pushed} (what the stage made of the element) instead of the element. */
    CompletableFuture<Void> letGoAs(Object item, Object pushed, Function<Object, CompletableFuture<Void>> push) {
        if (!(item instanceof Held)) {
            return Metadata.used() ? Metadata.pushWith(null, () -> push.apply(pushed)) : push.apply(pushed);
        }
        Held wrapper = (Held) item;
        held.remove(wrapper);
        try {
            return Metadata.pushWith(wrapper.metadata, () -> push.apply(pushed));
        } finally {
            letGoOf(wrapper);
        }
    }

    /**
     * Pushes {@code items} as one list of their elements, carrying their metadata concatenated
     * in list order (a wrapper at several positions counted once); afterwards lets go of the
     * wrappers {@code letGoAfter} accepts, the others staying held. Without wrappers the list is
     * pushed as it is.
     */
    CompletableFuture<Void> letGoAll(
            List<?> items, Predicate<Held> letGoAfter, Function<List<Object>, CompletableFuture<Void>> push) {
        if (held.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object> plain = (List<Object>) items;
            return Metadata.used() ? Metadata.pushWith(null, () -> push.apply(plain)) : push.apply(plain);
        }
        Object[] elements = new Object[items.size()];
        List<Held> wrappers = new ArrayList<>();
        for (int i = 0; i < elements.length; i++) {
            Object item = items.get(i);
            elements[i] = element(item);
            if (item instanceof Held && !containsSame(wrappers, item)) {
                wrappers.add((Held) item);
            }
        }
        List<List<Map<String, Object>>> metadata = new ArrayList<>(wrappers.size());
        wrappers.forEach(wrapper -> metadata.add(wrapper.metadata));
        List<Object> list = Tuples.wrap(elements);
        try {
            return Metadata.pushWith(Metadata.concat(metadata), () -> push.apply(list));
        } finally {
            for (Held wrapper : wrappers) {
                if (letGoAfter.test(wrapper)) {
                    release(wrapper);
                }
            }
        }
    }

    private static boolean containsSame(List<Held> wrappers, Object item) {
        for (Held wrapper : wrappers) {
            if (wrapper == item) {
                return true;
            }
        }
        return false;
    }

    /** Lets go of {@code item} without pushing it (dropped, replaced, discarded); a plain element is a no-op. */
    void release(Object item) {
        if (item instanceof Held && held.remove(item)) {
            letGoOf((Held) item);
        }
    }

    /** Lets go of every wrapper kept from input {@code owner}. */
    void releaseOwnedBy(Object owner) {
        releaseIf(wrapper -> wrapper.owner == owner);
    }

    /** Lets go of everything kept (the stage closed, or discarded what it held). */
    void releaseAll() {
        releaseIf(wrapper -> true);
    }

    private void releaseIf(Predicate<Held> which) {
        List<Held> gone = new ArrayList<>();
        for (Iterator<Held> it = held.iterator(); it.hasNext(); ) {
            Held wrapper = it.next();
            if (which.test(wrapper)) {
                it.remove();
                gone.add(wrapper);
            }
        }
        // after the sweep: a callback may re-enter; every wrapper is let go of even if a callback throws
        Throwable failed = null;
        for (Held wrapper : gone) {
            try {
                letGoOf(wrapper);
            } catch (RuntimeException | Error e) {
                failed = Metadata.firstOf(failed, e);
            }
        }
        Metadata.rethrow(failed);
    }

    private void letGoOf(Held wrapper) {
        if (retains) {
            Metadata.release(wrapper.metadata);
        }
    }

    /** How many kept elements carry metadata, for tests. */
    int size() {
        return held.size();
    }
}
