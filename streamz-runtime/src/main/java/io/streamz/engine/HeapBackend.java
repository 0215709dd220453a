package io.streamz.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * State on the heap, for {@link LocalEngine} and tests. Its current key is set by whoever runs
 * the task ({@link #setCurrentKey}); every handle reads and writes that key's state. Values are
 * kept as objects, never encoded: a value set is the object got back. Primitive cells are never
 * boxed, and reading and writing existing state allocates nothing.
 *
 * <p>Create every handle before the first element (the generated task does, in its constructor).
 * One thread at a time.
 */
public final class HeapBackend implements StateBackend {
    private final List<HeapScope> scopes = new ArrayList<>();
    private final Map<String, StateSpec> created = new HashMap<>();
    private final Map<String, Integer> slots = new HashMap<>();
    /** The current key as {@link #setCurrentKey} set it. */
    private Object currentKey;
    /**
     * While {@link LocalEngine} runs a scope, its index (that scope's {@link HeapScope} holds the
     * current key, so a key change stores nothing here); {@code -1} otherwise.
     */
    int currentScope = -1;

    /** An empty backend whose current key is {@code null}. */
    public HeapBackend() {}

    /**
     * Makes {@code key} current in every scope ({@code null} for the unkeyed scopes).
     *
     * @param key the key
     */
    public void setCurrentKey(Object key) {
        this.currentKey = key;
        this.currentScope = -1;
        for (HeapScope scope : scopes) {
            if (scope != null) {
                scope.enter(key);
            }
        }
    }

    /** {@return the current key} */
    public Object currentKey() {
        int scope = currentScope;
        return scope < 0 ? currentKey : scopes.get(scope).key();
    }

    /**
     * How many keys of scope {@code scope} hold a row of state: a key gets its row when its first
     * state is set, and loses it when another key becomes current while its every state is empty.
     *
     * @param scope the scope
     * @return how many keys of scope {@code scope} hold a row of state
     */
    public int keyCount(int scope) {
        return scope < scopes.size() && scopes.get(scope) != null
                ? scopes.get(scope).keyCount()
                : 0;
    }

    @Override
    public LongState longState(StateSpec spec) {
        return new HeapHandles.LongCell(scopeOf(spec), primitiveSlot(spec, StateKind.LONG));
    }

    @Override
    public IntState intState(StateSpec spec) {
        return new HeapHandles.IntCell(scopeOf(spec), primitiveSlot(spec, StateKind.INT));
    }

    @Override
    public DoubleState doubleState(StateSpec spec) {
        return new HeapHandles.DoubleCell(scopeOf(spec), primitiveSlot(spec, StateKind.DOUBLE));
    }

    @Override
    public <T> ValueState<T> value(StateSpec spec) {
        return new HeapHandles.Value<>(scopeOf(spec), objectSlot(spec, StateKind.VALUE));
    }

    @Override
    public <K, V> MapState<K, V> map(StateSpec spec) {
        return new HeapHandles.HeapMap<>(scopeOf(spec), objectSlot(spec, StateKind.MAP));
    }

    @Override
    public <E> SetState<E> set(StateSpec spec) {
        return new HeapHandles.HeapSet<>(scopeOf(spec), objectSlot(spec, StateKind.SET), spec.bound());
    }

    @Override
    public <E> QueueState<E> queue(StateSpec spec) {
        return new HeapHandles.HeapQueue<>(scopeOf(spec), objectSlot(spec, StateKind.QUEUE));
    }

    private HeapScope scopeOf(StateSpec spec) {
        return scope(Objects.requireNonNull(spec, "spec").scope());
    }

    /** Scope {@code index}, made (holding no state, the current key current) if there is none. */
    HeapScope scope(int index) {
        while (scopes.size() <= index) {
            scopes.add(null);
        }
        HeapScope scope = scopes.get(index);
        if (scope == null) {
            scope = new HeapScope(index, currentKey());
            scopes.set(index, scope);
        }
        return scope;
    }

    private int primitiveSlot(StateSpec spec, StateKind kind) {
        return slot(spec, kind, true);
    }

    private int objectSlot(StateSpec spec, StateKind kind) {
        return slot(spec, kind, false);
    }

    /**
     * The slot of {@code spec}'s state, the same for every handle of one state: specs of one name
     * must agree on kind, scope, stage, bound and schema (codec instances may differ).
     */
    private int slot(StateSpec spec, StateKind kind, boolean primitive) {
        if (spec.kind() != kind) {
            throw new IllegalArgumentException(
                    "state '" + spec.name() + "' is a " + spec.kind() + " state, not a " + kind + " state");
        }
        StateSpec earlier = created.putIfAbsent(spec.name(), spec);
        if (earlier != null) {
            if (earlier.kind() != spec.kind()
                    || earlier.scope() != spec.scope()
                    || !earlier.stage().equals(spec.stage())
                    || !earlier.schema().equals(spec.schema())
                    || earlier.bound() != spec.bound()) {
                throw new IllegalArgumentException(
                        "state '" + spec.name() + "' was created as " + earlier + ", now asked for as " + spec);
            }
            return slots.get(spec.name());
        }
        HeapScope scope = scopeOf(spec);
        int slot;
        try {
            slot = primitive ? scope.addPrimitive(spec.name()) : scope.addObject(spec.name());
        } catch (IllegalStateException e) {
            created.remove(spec.name());
            throw e;
        }
        slots.put(spec.name(), slot);
        return slot;
    }
}
