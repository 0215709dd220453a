package io.streamz.processor.validate;

import com.sun.source.tree.ClassTree;
import io.streamz.processor.diag.ProblemCode;
import io.streamz.processor.model.StageKind;
import io.streamz.processor.read.LocalAnnotation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * javac does not show types declared inside a method body (local and anonymous classes) to
 * annotation processors, so a {@code @Pipeline} there, or a stage annotation on one of their
 * methods, would be silently ignored: an error instead, on the annotation.
 */
final class LocalTypeRule {
    private LocalTypeRule() {}

    static List<LocalProblem> check(List<LocalAnnotation> found) {
        Set<ClassTree> pipelines = Collections.newSetFromMap(new IdentityHashMap<>());
        List<LocalProblem> problems = new ArrayList<>();
        for (LocalAnnotation a : found) {
            if (a.onType() && a.annotation().equals("Pipeline") && pipelines.add(a.owner())) {
                problems.add(new LocalProblem(
                        a,
                        ProblemCode.LOCAL_PIPELINE,
                        "@Pipeline on local " + a.kind() + " " + a.type() + " has no effect: it is declared in "
                                + a.enclosing() + ", and javac does not show types declared inside a body to"
                                + " annotation processors, so nothing is generated for it. Move " + a.type()
                                + " out of the body: make it a top-level interface, or a member interface that"
                                + " is not private."));
            }
        }
        for (LocalAnnotation a : found) {
            if (!a.onType() && !pipelines.contains(a.owner()) && isStage(a.annotation())) {
                problems.add(new LocalProblem(
                        a,
                        ProblemCode.STRAY_STAGE_ANNOTATION,
                        "@" + a.annotation() + " on '" + a.method() + "' has no effect: it is a method of "
                                + (a.type().equals("an anonymous class")
                                        ? "an anonymous class"
                                        : a.kind() + " " + a.type())
                                + " declared in " + a.enclosing() + ", which annotation processors cannot see."
                                + " Declare the stage in a @Pipeline interface at top level or as a member type,"
                                + " or remove @" + a.annotation() + "."));
            }
        }
        return problems;
    }

    private static boolean isStage(String simpleName) {
        return StageKind.ofAnnotation(simpleName) != null;
    }
}
