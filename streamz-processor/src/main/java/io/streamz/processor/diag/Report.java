package io.streamz.processor.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The problems found in one {@code @Pipeline} interface, in the order they were found. Rules
 * {@link #add add} to it; the processor generates code only for a {@link #isClean() clean}
 * report.
 */
public final class Report {
    private final List<Problem> problems = new ArrayList<>();

    /** Records a problem. */
    public void add(Problem problem) {
        problems.add(Objects.requireNonNull(problem, "problem"));
    }

    /** True when nothing was found: code may be generated. */
    public boolean isClean() {
        return problems.isEmpty();
    }

    /** True when a problem of this code was found. */
    public boolean has(ProblemCode code) {
        return problems.stream().anyMatch(p -> p.code() == code);
    }

    /** The problems, in the order found (unmodifiable view). */
    public List<Problem> problems() {
        return Collections.unmodifiableList(problems);
    }

    @Override
    public String toString() {
        return "Report" + problems.stream().map(Problem::formatted).toList();
    }
}
