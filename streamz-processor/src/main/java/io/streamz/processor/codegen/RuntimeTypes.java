package io.streamz.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import io.streamz.processor.model.Stage;
import java.util.List;

/**
 * The runtime and JDK types generated code refers to, by name: the processor does not depend on
 * streamz-runtime, the code it generates does.
 */
final class RuntimeTypes {
    static final String PROCESSOR = "io.streamz.processor.PipelineProcessor";

    static final ClassName STREAM = ClassName.get("io.streamz", "Stream");
    static final ClassName NAMED = ClassName.get("io.streamz", "Named");
    static final ClassName ACCUMULATED = ClassName.get("io.streamz", "Accumulated");
    static final ClassName KEEP = ClassName.get("io.streamz", "Keep");

    static final ClassName NAMED_OPERATORS = ClassName.get("io.streamz.internal", "NamedOperators");
    static final ClassName ZIP_JOIN = ClassName.get("io.streamz.internal", "ZipJoin");
    static final ClassName COMBINE_LATEST_JOIN = ClassName.get("io.streamz.internal", "CombineLatestJoin");
    static final ClassName ZIP_LATEST_JOIN = ClassName.get("io.streamz.internal", "ZipLatestJoin");
    static final ClassName SLIDING_WINDOW = ClassName.get("io.streamz.internal", "SlidingWindowBuffer");
    static final ClassName INT_SLIDING_WINDOW = ClassName.get("io.streamz.internal", "IntSlidingWindow");
    static final ClassName LONG_SLIDING_WINDOW = ClassName.get("io.streamz.internal", "LongSlidingWindow");
    static final ClassName DOUBLE_SLIDING_WINDOW = ClassName.get("io.streamz.internal", "DoubleSlidingWindow");
    static final ClassName PARTITION = ClassName.get("io.streamz.internal", "PartitionBuffer");
    static final ClassName UNIQUE = ClassName.get("io.streamz.internal", "UniqueHistory");
    static final ClassName PRIMITIVE_UNIQUE = ClassName.get("io.streamz.internal", "PrimitiveUniqueHistory");
    static final ClassName SLICE = ClassName.get("io.streamz.internal", "SlicePositions");
    static final ClassName DISTINCT_GROUP = ClassName.get("io.streamz.internal", "DistinctGroup");
    static final ClassName FREQUENCY_COUNTS = ClassName.get("io.streamz.internal", "FrequencyCounts");
    static final ClassName BOUNDED_BUFFER = ClassName.get("io.streamz.internal", "BoundedBuffer");
    static final ClassName LATEST_VALUE = ClassName.get("io.streamz.internal", "LatestValue");
    static final ClassName DELAY_LINE = ClassName.get("io.streamz.internal", "DelayLine");
    static final ClassName RATE_LIMITER = ClassName.get("io.streamz.internal", "RateLimiter");
    static final ClassName TIMED_WINDOW = ClassName.get("io.streamz.internal", "TimedWindowCollector");
    static final ClassName DISTINCT_TIMED_WINDOW = ClassName.get("io.streamz.internal", "DistinctTimedWindow");
    static final ClassName FAILURES = ClassName.get("io.streamz.internal", "Failures");
    static final ClassName FAILED_ELEMENT = ClassName.get("io.streamz", "FailedElement");
    static final ClassName COMPLETIONS = ClassName.get("io.streamz.internal", "Completions");
    static final ClassName EMIT_STAGE = ClassName.get("io.streamz.internal", "EmitStage");
    static final ClassName CLOSING = ClassName.get("io.streamz.internal", "Closing");
    static final ClassName BUILDERS = ClassName.get("io.streamz.internal", "Builders");
    static final ClassName STREAM_CLOSED = ClassName.get("io.streamz", "StreamClosedException");
    static final ClassName ASYNC_SINKS = ClassName.get("io.streamz.internal", "AsyncSinks");
    static final ClassName ASYNC_CALLS = ClassName.get("io.streamz.internal", "AsyncCalls");
    static final ClassName ORDERED_ASYNC_MAP = ClassName.get("io.streamz.internal", "OrderedAsyncMap");
    static final ClassName EVENT_LOOP = ClassName.get("io.streamz", "EventLoop");
    static final ClassName PIPELINE_METRICS = ClassName.get("io.streamz.metrics", "PipelineMetrics");
    static final ClassName METER_GROUP = ClassName.get("io.streamz.internal", "MeterGroup");
    static final ClassName STAGE_METER = ClassName.get("io.streamz.internal", "StageMeter");
    static final ClassName DURATION = ClassName.get("java.time", "Duration");
    static final ClassName COMPLETABLE_FUTURE = ClassName.get("java.util.concurrent", "CompletableFuture");
    static final TypeName PENDING = ParameterizedTypeName.get(COMPLETABLE_FUTURE, ClassName.get(Void.class));
    static final ClassName COMPLETION_STAGE = ClassName.get("java.util.concurrent", "CompletionStage");
    /** {@code CompletionStage<?>}: what an asynchronous sink's function returns. */
    static final TypeName ANY_STAGE =
            ParameterizedTypeName.get(COMPLETION_STAGE, WildcardTypeName.subtypeOf(Object.class));

    static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    static final ClassName STREAMZ_GENERATED = ClassName.get("io.streamz.annotations", "StreamzGenerated");
    static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
    static final ClassName LIST = ClassName.get("java.util", "List");
    static final ClassName MAP = ClassName.get("java.util", "Map");
    static final ClassName CONSUMER = ClassName.get("java.util.function", "Consumer");
    static final ClassName INT_CONSUMER = ClassName.get("java.util.function", "IntConsumer");
    static final ClassName LONG_CONSUMER = ClassName.get("java.util.function", "LongConsumer");
    static final ClassName DOUBLE_CONSUMER = ClassName.get("java.util.function", "DoubleConsumer");
    static final ClassName FUNCTION = ClassName.get("java.util.function", "Function");
    static final ClassName INT_FUNCTION = ClassName.get("java.util.function", "IntFunction");
    static final ClassName LONG_FUNCTION = ClassName.get("java.util.function", "LongFunction");
    static final ClassName DOUBLE_FUNCTION = ClassName.get("java.util.function", "DoubleFunction");
    static final ClassName PIPELINE_SPEC = ClassName.get("io.streamz.engine", "PipelineSpec");
    static final ClassName PIPELINE_TASK = ClassName.get("io.streamz.engine", "PipelineTask");
    static final ClassName ENGINE_CONTEXT = ClassName.get("io.streamz.engine", "EngineContext");
    static final ClassName LOCAL_ENGINE = ClassName.get("io.streamz.engine", "LocalEngine");
    static final ClassName STATE_SPEC = ClassName.get("io.streamz.engine", "StateSpec");
    static final ClassName SINK_KIND = ClassName.get("io.streamz.engine", "SinkKind");
    static final ClassName LONG_STATE = ClassName.get("io.streamz.engine", "LongState");
    static final ClassName INT_STATE = ClassName.get("io.streamz.engine", "IntState");
    static final ClassName DOUBLE_STATE = ClassName.get("io.streamz.engine", "DoubleState");
    static final ClassName VALUE_STATE = ClassName.get("io.streamz.engine", "ValueState");
    static final ClassName SET_STATE = ClassName.get("io.streamz.engine", "SetState");
    static final ClassName CODECS = ClassName.get("io.streamz.codec", "Codecs");
    static final ClassName HASH_MAP = ClassName.get("java.util", "HashMap");
    static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");
    static final ClassName COLLECTIONS = ClassName.get("java.util", "Collections");
    static final ClassName ARRAYS = ClassName.get("java.util", "Arrays");
    static final ClassName QUEUE_STATE = ClassName.get("io.streamz.engine", "QueueState");
    static final ClassName MAP_STATE = ClassName.get("io.streamz.engine", "MapState");
    static final ClassName TIMER_KIND = ClassName.get("io.streamz.engine", "TimerKind");
    static final ClassName DUE = ClassName.get("io.streamz.internal", "Due");
    static final ClassName KEYED_DELAY = ClassName.get("io.streamz.internal", "KeyedDelay");
    static final ClassName KEYED_RATE_LIMIT = ClassName.get("io.streamz.internal", "KeyedRateLimit");
    static final ClassName KEYED_TIMED_WINDOW = ClassName.get("io.streamz.internal", "KeyedTimedWindow");
    static final ClassName KEYED_TIMED_WINDOW_UNIQUE = ClassName.get("io.streamz.internal", "KeyedTimedWindowUnique");

    private RuntimeTypes() {}

    /** Every type above. */
    static List<ClassName> all() {
        return List.of(
                STREAM,
                NAMED,
                ACCUMULATED,
                KEEP,
                NAMED_OPERATORS,
                ZIP_JOIN,
                COMBINE_LATEST_JOIN,
                ZIP_LATEST_JOIN,
                SLIDING_WINDOW,
                INT_SLIDING_WINDOW,
                LONG_SLIDING_WINDOW,
                DOUBLE_SLIDING_WINDOW,
                PARTITION,
                UNIQUE,
                PRIMITIVE_UNIQUE,
                SLICE,
                DISTINCT_GROUP,
                FREQUENCY_COUNTS,
                BOUNDED_BUFFER,
                LATEST_VALUE,
                DELAY_LINE,
                RATE_LIMITER,
                TIMED_WINDOW,
                DISTINCT_TIMED_WINDOW,
                FAILURES,
                FAILED_ELEMENT,
                COMPLETIONS,
                EMIT_STAGE,
                CLOSING,
                BUILDERS,
                STREAM_CLOSED,
                ASYNC_SINKS,
                ASYNC_CALLS,
                ORDERED_ASYNC_MAP,
                EVENT_LOOP,
                PIPELINE_METRICS,
                METER_GROUP,
                STAGE_METER,
                DURATION,
                COMPLETABLE_FUTURE,
                COMPLETION_STAGE,
                GENERATED,
                STREAMZ_GENERATED,
                OBJECTS,
                LIST,
                MAP,
                CONSUMER,
                INT_CONSUMER,
                LONG_CONSUMER,
                DOUBLE_CONSUMER,
                FUNCTION,
                INT_FUNCTION,
                LONG_FUNCTION,
                DOUBLE_FUNCTION,
                PIPELINE_SPEC,
                PIPELINE_TASK,
                ENGINE_CONTEXT,
                LOCAL_ENGINE,
                STATE_SPEC,
                SINK_KIND,
                LONG_STATE,
                INT_STATE,
                DOUBLE_STATE,
                VALUE_STATE,
                SET_STATE,
                CODECS,
                HASH_MAP,
                ARRAY_LIST,
                COLLECTIONS,
                ARRAYS,
                QUEUE_STATE,
                MAP_STATE,
                TIMER_KIND,
                DUE,
                KEYED_DELAY,
                KEYED_RATE_LIMIT,
                KEYED_TIMED_WINDOW,
                KEYED_TIMED_WINDOW_UNIQUE);
    }

    /** The consumer a builder takes for an abstract sink of {@code element}: primitive-specialised where the JDK has one. */
    static TypeName consumerOf(TypeName element) {
        if (element.equals(TypeName.INT)) {
            return INT_CONSUMER;
        }
        if (element.equals(TypeName.LONG)) {
            return LONG_CONSUMER;
        }
        if (element.equals(TypeName.DOUBLE)) {
            return DOUBLE_CONSUMER;
        }
        return ParameterizedTypeName.get(CONSUMER, element.box());
    }

    /**
     * What a builder takes for an abstract sink: {@link #consumerOf} its element, or for an
     * asynchronous sink a function returning its stage, e.g. {@code IntFunction<? extends
     * CompletionStage<?>>} or {@code Function<String, ? extends CompletionStage<?>>}.
     */
    static TypeName sinkFunctionOf(Stage sink) {
        TypeName element = sink.inputType();
        if (!sink.isAsyncSink()) {
            return consumerOf(element);
        }
        TypeName stage = WildcardTypeName.subtypeOf(ANY_STAGE);
        if (element.equals(TypeName.INT)) {
            return ParameterizedTypeName.get(INT_FUNCTION, stage);
        }
        if (element.equals(TypeName.LONG)) {
            return ParameterizedTypeName.get(LONG_FUNCTION, stage);
        }
        if (element.equals(TypeName.DOUBLE)) {
            return ParameterizedTypeName.get(DOUBLE_FUNCTION, stage);
        }
        return ParameterizedTypeName.get(FUNCTION, element.box(), stage);
    }

    /** The method a sink's consumer or function is called with: {@code accept} or {@code apply}. */
    static String sinkFunctionMethod(Stage sink) {
        return sink.isAsyncSink() ? "apply" : "accept";
    }

    /** {@code Stream<T>} of the boxed {@code element}. */
    static TypeName streamOf(TypeName element) {
        return ParameterizedTypeName.get(STREAM, element.box());
    }

    /** Whether a cast to {@code type} is unchecked (it has type arguments or is a type variable). */
    static boolean uncheckedCast(TypeName type) {
        return !(type instanceof ClassName)
                && !type.isPrimitive()
                && !(type instanceof com.palantir.javapoet.ArrayTypeName
                        && !uncheckedCast(((com.palantir.javapoet.ArrayTypeName) type).componentType()));
    }

    /**
     * The variable {@code variable} cast to {@code type}; not cast when {@code type} is
     * {@code Object}, where {@code -Xlint:cast} calls the cast redundant.
     */
    static CodeBlock cast(TypeName type, String variable) {
        return type.equals(ClassName.OBJECT) ? CodeBlock.of("$N", variable) : CodeBlock.of("($T) $N", type, variable);
    }

    /**
     * Member {@code index} of the list {@code tuple}, cast to {@code type}; not cast when
     * {@code type} is {@code Object}, where {@code -Xlint:cast} calls the cast redundant.
     */
    static CodeBlock tupleMember(TypeName type, String tuple, int index) {
        return type.equals(ClassName.OBJECT)
                ? CodeBlock.of("$N.get($L)", tuple, index)
                : CodeBlock.of("($T) $N.get($L)", type, tuple, index);
    }
}
