package io.streamz.kafka.streams;

import io.streamz.codec.Codec;
import io.streamz.engine.EngineContext;
import io.streamz.engine.PipelineSpec;
import io.streamz.engine.PipelineTask;
import io.streamz.engine.StateBackend;
import io.streamz.engine.StateSpec;
import io.streamz.engine.TimeMode;
import io.streamz.engine.TimerService;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * One key scope of a pipeline inside a Kafka Streams task: the pipeline's task (from the spec's
 * factory), its state in the scope's stores, its timers in a due index drained by a punctuator.
 * Each record's key becomes the current key, its tagged value goes to the task's input port, and
 * what the task emits or exchanges is forwarded tagged with its output, with the timestamp and
 * the headers of the record that caused it (a timer's outputs: the punctuation time, no headers).
 */
final class ScopeProcessor implements Processor<Object, Tagged, Object, Tagged>, EngineContext, TimerService {
    private static final int DUE_BATCH = 1024;
    private final ScopePlan plan;
    private final Codec<Object> keyCodec;
    private final boolean keyed;
    private ProcessorContext<Object, Tagged> context;
    private KafkaBackend backend;
    private DueIndex due;
    private PipelineTask task;
    private ScopeKey currentKey = ScopeKey.NONE;
    private long timestamp;
    private Headers headers = new RecordHeaders();

    ScopeProcessor(ScopePlan plan) {
        this.plan = plan;
        this.keyCodec = plan.keyCodec();
        this.keyed = plan.keyed();
    }

    @Override
    public void init(ProcessorContext<Object, Tagged> context) {
        this.context = context;
        Guarantee.warnUnlessExactlyOnce(plan.spec().pipeline(), context.appConfigs());
        this.backend = new KafkaBackend(plan::storeName, this::store);
        checkFingerprints();
        this.task = plan.spec().newTask(this);
        if (plan.timerStore() != null) {
            this.due = new DueIndex(store(plan.timerStore()));
            PunctuationType type =
                    plan.time() == TimeMode.EVENT ? PunctuationType.STREAM_TIME : PunctuationType.WALL_CLOCK_TIME;
            context.schedule(plan.timerResolution(), type, this::fireDue);
        }
    }

    private KeyValueStore<Bytes, byte[]> store(String name) {
        return context.getStateStore(name);
    }

    /** Records each state's fingerprint in its store; fails if restored state was written with another. */
    private void checkFingerprints() {
        PipelineSpec spec = plan.spec();
        for (StateSpec state : plan.states()) {
            KeyValueStore<Bytes, byte[]> store = store(plan.storeName(state));
            byte[] stored = store.get(StoreBytes.FINGERPRINT);
            if (stored == null) {
                store.put(StoreBytes.FINGERPRINT, state.fingerprint().getBytes(StandardCharsets.UTF_8));
            } else {
                state.checkRestored(spec.pipeline(), new String(stored, StandardCharsets.UTF_8));
            }
        }
    }

    @Override
    public void process(Record<Object, Tagged> record) {
        ScopeKey key = keyed ? scopeKey(record.key()) : ScopeKey.NONE;
        setKey(key);
        timestamp = record.timestamp();
        headers = record.headers();
        Tagged input = record.value();
        task.accept(input.port, key.key, input.value);
    }

    /** The key as the scope's key serde read it (with its bytes), or encoded here if it was not. */
    private ScopeKey scopeKey(Object key) {
        if (key instanceof ScopeKey scopeKey) {
            return scopeKey;
        }
        return key == null ? ScopeKey.NONE : new ScopeKey(key, keyCodec.toBytes(key));
    }

    private void setKey(ScopeKey key) {
        currentKey = key;
        backend.setPrefix(key.prefix());
    }

    /** The punctuator: fires every timer due by {@code now}, those the firing registers included. */
    private void fireDue(long now) {
        timestamp = now;
        headers = new RecordHeaders();
        for (List<DueIndex.Due> batch = due.pollDue(now, DUE_BATCH);
                !batch.isEmpty();
                batch = due.pollDue(now, DUE_BATCH)) {
            for (DueIndex.Due timer : batch) {
                setKey(ScopeKey.ofPrefix(timer.keyPrefix(), keyCodec::fromBytes));
                task.onTimer(timer.timer(), now);
            }
        }
    }

    @Override
    public StateBackend state() {
        return backend;
    }

    @Override
    public TimerService timers() {
        return this;
    }

    @Override
    public void register(int timer, long dueMillis) {
        if (due == null) {
            throw new IllegalStateException(plan.spec().pipeline() + " registered timer " + timer
                    + " in a scope whose spec declares no timers");
        }
        due.register(timer, dueMillis, backend.prefix());
    }

    @Override
    public long currentTimeMillis() {
        return plan.time() == TimeMode.EVENT ? timestamp : context.currentSystemTimeMs();
    }

    @Override
    public Object currentKey() {
        return currentKey.key;
    }

    @Override
    public void emit(int sinkPort, Object value) {
        context.forward(new Record<>(currentKey, new Tagged(Tagged.sink(sinkPort), value), timestamp, headers));
    }

    @Override
    public void exchange(int exchangePort, Object key, Object value) {
        Object routed = key == null ? CodecSerdes.NULL_KEY : key;
        context.forward(new Record<>(routed, new Tagged(Tagged.exchange(exchangePort), value), timestamp, headers));
    }
}
