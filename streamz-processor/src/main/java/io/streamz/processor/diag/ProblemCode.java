package io.streamz.processor.diag;

import java.util.Optional;

/**
 * Every mistake the processor reports, one constant per rule. The {@link #id() id} is the
 * stable part of a message ({@code [streamz.type-mismatch] ...}): users search for it and
 * {@code docs/diagnostics.md} documents each one, so ids are never renamed or reused.
 */
public enum ProblemCode {
    // The @Pipeline type itself.
    PIPELINE_NOT_INTERFACE("pipeline-not-interface"),
    GENERIC_PIPELINE("generic-pipeline"),
    PIPELINE_EXTENDS_PIPELINE("pipeline-extends-pipeline"),
    INACCESSIBLE_PIPELINE("inaccessible-pipeline"),
    SEALED_PIPELINE("sealed-pipeline"),
    LOCAL_PIPELINE("local-pipeline"),
    NO_SOURCE("no-source"),
    GENERATED_NAME_CLASH("generated-name-clash"),
    GENERATED_METHOD_CLASH("generated-method-clash"),
    STRAY_STAGE_ANNOTATION("stray-stage-annotation"),

    // The shape of one stage method.
    NON_STAGE_ABSTRACT_METHOD("non-stage-abstract-method"),
    MULTIPLE_STAGE_ANNOTATIONS("multiple-stage-annotations"),
    STATIC_OR_PRIVATE_STAGE("static-or-private-stage"),
    GENERIC_STAGE_METHOD("generic-stage-method"),
    CHECKED_EXCEPTION("checked-exception"),
    WRONG_ARITY("wrong-arity"),
    STAGE_NEEDS_BODY("stage-needs-body"),
    STAGE_MUST_BE_ABSTRACT("stage-must-be-abstract"),
    FILTER_NOT_BOOLEAN("filter-not-boolean"),
    MAP_RETURNS_VOID("map-returns-void"),
    SOURCE_RETURNS_VALUE("source-returns-value"),
    SINK_RETURNS_VALUE("sink-returns-value"),
    WRONG_RETURN_TYPE("wrong-return-type"),
    FLATTEN_NOT_ITERABLE("flatten-not-iterable"),
    INACCESSIBLE_TYPE("inaccessible-type"),
    RAW_TYPE("raw-type"),

    // Annotation values.
    NON_POSITIVE_SIZE("non-positive-size"),
    NEGATIVE_HISTORY("negative-history"),
    BAD_SLICE("bad-slice"),
    WITH_STATE_RETURNS_STATE("with-state-returns-state"),
    NEGATIVE_INTERVAL("negative-interval"),
    NON_POSITIVE_INTERVAL("non-positive-interval"),
    INTERVAL_TOO_LONG("interval-too-long"),
    TOO_FEW_INPUTS("too-few-inputs"),
    DUPLICATE_INPUT("duplicate-input"),
    UNKNOWN_EMIT_ON("unknown-emit-on"),
    UNKNOWN_METHOD("unknown-method"),
    BAD_METHOD_SHAPE("bad-method-shape"),

    // Names, edges and types between stages.
    DUPLICATE_STAGE_NAME("duplicate-stage-name"),
    UNKNOWN_UPSTREAM("unknown-upstream"),
    UPSTREAM_IS_SINK("upstream-is-sink"),
    FORWARD_REFERENCE("forward-reference"),
    CYCLE("cycle"),
    UNREACHABLE_STAGE("unreachable-stage"),
    TYPE_MISMATCH("type-mismatch"),
    ACCUMULATE_NEEDS_START("accumulate-needs-start"),

    // An accumulate reset by another stage (resetBy).
    UNKNOWN_RESET_STAGE("unknown-reset-stage"),
    RESET_NEEDS_START("reset-needs-start"),
    RESET_CYCLE("reset-cycle"),
    RESET_BY_SINK("reset-by-sink"),
    RESET_IS_UPSTREAM("reset-is-upstream"),
    RESET_FORWARD_REFERENCE("reset-forward-reference"),

    // A mapAsync stopped by a failed call (stopOnException).
    STOP_NEEDS_START("stop-needs-start"),

    // Keys, engines and codecs.
    KEY_BY_SHAPE("key-by-shape"),
    KEY_MISMATCH("key-mismatch"),
    UNSTABLE_KEY("unstable-key"),
    KEYED_UNSUPPORTED("keyed-unsupported"),
    UNKEYED_STATE("unkeyed-state"),
    NOT_DISTRIBUTABLE("not-distributable"),
    MISSING_CODEC("missing-codec"),
    BAD_CODEC("bad-codec"),
    ON_FAILURE_ACROSS_SCOPES("on-failure-across-scopes"),

    // The error route (@OnFailure).
    ON_FAILURE_ON_STAGE("on-failure-on-stage"),
    ON_FAILURE_SIGNATURE("on-failure-signature"),
    ON_FAILURE_UNKNOWN_STAGE("on-failure-unknown-stage"),
    ON_FAILURE_CANNOT_ROUTE("on-failure-cannot-route"),
    ON_FAILURE_ROUTED_TWICE("on-failure-routed-twice"),

    // The processor's own trouble.
    UNRESOLVED_TYPE("unresolved-type"),
    INTERNAL("internal");

    private final String id;

    ProblemCode(String id) {
        this.id = id;
    }

    /** The stable kebab-case id, e.g. {@code type-mismatch}. */
    public String id() {
        return id;
    }

    /** The prefix of every message with this code, e.g. {@code [streamz.type-mismatch]}. */
    public String tag() {
        return "[streamz." + id + "]";
    }

    /** The code with this id, if any. */
    public static Optional<ProblemCode> byId(String id) {
        for (ProblemCode code : values()) {
            if (code.id.equals(id)) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }
}
