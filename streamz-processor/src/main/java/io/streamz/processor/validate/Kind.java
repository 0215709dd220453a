package io.streamz.processor.validate;

import java.util.LinkedHashSet;
import java.util.Set;

/** The stage annotations as validation sees them: which method shape each one demands. */
enum Kind {
    SOURCE("Source", Body.ABSTRACT),
    MAP("Map", Body.DEFAULT),
    FILTER("Filter", Body.DEFAULT),
    ACCUMULATE("Accumulate", Body.DEFAULT),
    SINK("Sink", Body.EITHER),
    FLATTEN("Flatten", Body.ABSTRACT),
    PARTITION("Partition", Body.ABSTRACT),
    SLIDING_WINDOW("SlidingWindow", Body.ABSTRACT),
    UNIQUE("Unique", Body.ABSTRACT),
    UNION("Union", Body.ABSTRACT),
    ZIP("Zip", Body.EITHER),
    COMBINE_LATEST("CombineLatest", Body.EITHER),
    ZIP_LATEST("ZipLatest", Body.EITHER);

    /** Whether the user writes the stage's body, the processor generates it, or either. */
    enum Body { DEFAULT, ABSTRACT, EITHER }

    static final String PACKAGE = "io.streamz.annotations";
    static final String PIPELINE = PACKAGE + ".Pipeline";

    private final String simpleName;
    private final Body body;

    Kind(String simpleName, Body body) {
        this.simpleName = simpleName;
        this.body = body;
    }

    /** {@code @Map}, as messages show it. */
    String at() {
        return "@" + simpleName;
    }

    String qualifiedName() {
        return PACKAGE + "." + simpleName;
    }

    Body body() {
        return body;
    }

    /** zip, combineLatest, zipLatest: one parameter per input. */
    boolean isJoin() {
        return this == ZIP || this == COMBINE_LATEST || this == ZIP_LATEST;
    }

    /** Stages whose {@code from} is a list of names. */
    boolean isMultiInput() {
        return isJoin() || this == UNION;
    }

    /** The kind of a stage annotation, by the annotation's qualified name, or null. */
    static Kind of(String qualifiedName) {
        for (Kind kind : values()) {
            if (kind.qualifiedName().equals(qualifiedName)) {
                return kind;
            }
        }
        return null;
    }

    /** The qualified names of every stage annotation. */
    static Set<String> qualifiedNames() {
        Set<String> names = new LinkedHashSet<>();
        for (Kind kind : values()) {
            names.add(kind.qualifiedName());
        }
        return names;
    }
}
