package io.streamz.kafka.streams;

import io.streamz.codec.Codec;
import io.streamz.engine.HeapBackend;
import io.streamz.engine.MapState;
import io.streamz.engine.PipelineSpec;
import io.streamz.engine.SetState;
import io.streamz.engine.StateBackend;
import io.streamz.engine.StateSpec;
import io.streamz.engine.ValueState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * Reads every keyed state of a spec back, key by key, through the state handles of an engine's
 * backend: the heap's of {@code LocalEngine} or the store-backed ones over a driver's stores.
 * Contents become plain values (arrays as lists; a set as its size and which of the candidate
 * elements it holds; a queue drained), so the two engines' states compare with {@code equals}.
 */
final class StateReadBack {
    private StateReadBack() {}

    /** State name, then key, then contents, of {@code LocalEngine}'s heap. */
    static Map<String, Map<Object, Object>> heap(
            PipelineSpec spec, HeapBackend heap, Collection<?> keys, Collection<?> candidates) {
        return read(spec, heap, heap::setCurrentKey, keys, candidates);
    }

    /** The same, of the stores of {@code driver}, named {@code <prefix>-<state>}. */
    @SuppressWarnings("unchecked")
    static Map<String, Map<Object, Object>> stores(
            PipelineSpec spec, TopologyTestDriver driver, String prefix, Collection<?> keys, Collection<?> candidates) {
        KafkaBackend backend = new KafkaBackend(s -> prefix + "-" + s.name(), driver::getKeyValueStore);
        Codec<Object> keyCodec = (Codec<Object>) spec.scopes().stream()
                .filter(s -> s.keyCodec() != null)
                .findFirst()
                .orElseThrow()
                .keyCodec();
        return read(spec, backend, k -> backend.setPrefix(StoreBytes.keyPrefix(keyCodec.toBytes(k))), keys, candidates);
    }

    private static Map<String, Map<Object, Object>> read(
            PipelineSpec spec,
            StateBackend backend,
            Consumer<Object> setKey,
            Collection<?> keys,
            Collection<?> candidates) {
        Map<String, Map<Object, Object>> states = new TreeMap<>();
        for (StateSpec state : spec.states()) {
            Map<Object, Object> byKey = new HashMap<>();
            for (Object key : keys) {
                setKey.accept(key);
                byKey.put(key, contents(backend, state, candidates));
            }
            states.put(state.name(), byKey);
        }
        return states;
    }

    private static Object contents(StateBackend backend, StateSpec state, Collection<?> candidates) {
        return switch (state.kind()) {
            case LONG ->
                backend.longState(state).isSet() ? backend.longState(state).get() : "unset";
            case INT ->
                backend.intState(state).isSet() ? backend.intState(state).get() : "unset";
            case DOUBLE ->
                backend.doubleState(state).isSet() ? backend.doubleState(state).get() : "unset";
            case VALUE -> {
                ValueState<Object> value = backend.value(state);
                yield value.isSet() ? plain(value.get()) : "unset";
            }
            case MAP -> {
                MapState<Object, Object> map = backend.map(state);
                Map<Object, Object> copy = new HashMap<>();
                map.forEach((k, v) -> copy.put(k, plain(v)));
                yield copy;
            }
            case SET -> {
                SetState<Object> set = backend.set(state);
                List<Object> held = new ArrayList<>();
                candidates.stream().filter(set::contains).forEach(held::add);
                yield List.of(set.size(), held);
            }
            case QUEUE ->
                backend.queue(state).drain().stream().map(StateReadBack::plain).toList();
        };
    }

    private static Object plain(Object value) {
        if (value instanceof double[] doubles) {
            return Arrays.toString(doubles);
        }
        if (value instanceof long[] longs) {
            return Arrays.toString(longs);
        }
        return value;
    }
}
