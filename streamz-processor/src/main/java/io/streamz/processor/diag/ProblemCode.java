package io.streamz.processor.diag;

/** The stable ids of the processor's diagnostics, printed as {@code [streamz.<id>]}. */
public enum ProblemCode {
    /** The processor itself failed; a bug to report. */
    INTERNAL("internal"),
    /** A type the pipeline mentions is unknown at the end of compilation. */
    UNRESOLVED_TYPE("unresolved-type"),
    /** A {@code from} names no stage, or one declared later. */
    UNKNOWN_UPSTREAM("unknown-upstream"),
    /** A stage has no upstream: nothing is declared before it and it names none. */
    NO_UPSTREAM("no-upstream");

    private final String id;

    ProblemCode(String id) {
        this.id = id;
    }

    /** The kebab-case id, e.g. {@code unknown-upstream}. */
    public String id() {
        return id;
    }
}
