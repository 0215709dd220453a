package io.streamz.processor.read;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.util.Elements;

/**
 * Finds Streamz annotations on types javac never shows a processor: local and anonymous classes
 * (declared inside a method, initializer or lambda body) and the types nested in them. At
 * processing time their annotations are not attributed yet, so they are matched by name against
 * the compilation unit's imports, as javac will resolve them.
 */
final class LocalTypes extends TreePathScanner<Void, Void> {
    private final Elements elements;
    private final List<LocalAnnotation> found = new ArrayList<>();
    /** Names of the member types of the classes around the one being read: they shadow imports. */
    private Set<String> shadowing = Set.of();

    private final Trees trees;
    private CompilationUnitTree unit;

    private LocalTypes(Trees trees, Elements elements) {
        this.trees = trees;
        this.elements = elements;
    }

    /** Every Streamz annotation on or in a local or anonymous type of {@code unit}. */
    static List<LocalAnnotation> in(CompilationUnitTree unit, Trees trees, Elements elements) {
        LocalTypes scanner = new LocalTypes(trees, elements);
        scanner.unit = unit;
        scanner.scan(unit, null);
        return scanner.found;
    }

    /**
     * Whether {@code unit} can name a Streamz annotation: it imports from
     * {@code io.streamz.annotations}, or its text spells the package out. A cheap test that spares
     * walking the trees of every other source.
     */
    static boolean mayUseStreamz(CompilationUnitTree unit) {
        for (ImportTree imported : unit.getImports()) {
            if (imported.getQualifiedIdentifier().toString().startsWith(PipelineReader.ANNOTATIONS + ".")) {
                return true;
            }
        }
        try {
            return unit.getSourceFile().getCharContent(true).toString().contains(PipelineReader.ANNOTATIONS);
        } catch (IOException | RuntimeException unreadable) {
            return true;
        }
    }

    @Override
    public Void visitClass(ClassTree type, Void unused) {
        String enclosing = enclosingBody(getCurrentPath());
        if (enclosing != null) {
            String name = name(type);
            shadowing = memberTypeNames(getCurrentPath());
            String kind = type.getKind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
            add(type.getModifiers().getAnnotations(), type, kind, name, null, enclosing);
            for (Tree member : type.getMembers()) {
                if (member instanceof MethodTree method) {
                    add(
                            method.getModifiers().getAnnotations(),
                            type,
                            kind,
                            name,
                            method.getName().toString(),
                            enclosing);
                }
            }
        }
        return super.visitClass(type, unused);
    }

    private void add(
            List<? extends AnnotationTree> annotations,
            ClassTree type,
            String kind,
            String name,
            String method,
            String enclosing) {
        for (AnnotationTree annotation : annotations) {
            String simpleName = streamzAnnotation(annotation.getAnnotationType().toString());
            if (simpleName != null) {
                found.add(
                        new LocalAnnotation(simpleName, type, kind, name, method, enclosing, annotation, unit, trees));
            }
        }
    }

    /**
     * Where the class at {@code path} sits inside a body ({@code method run() of Shop}), or null
     * when it is a top-level or member type, nested only in other classes.
     */
    private static String enclosingBody(TreePath path) {
        TreePath p = path.getParentPath();
        while (p != null && p.getLeaf() instanceof ClassTree) {
            p = p.getParentPath(); // a member of a member type is still visible
        }
        if (p == null || p.getLeaf() instanceof CompilationUnitTree) {
            return null;
        }
        for (; p != null; p = p.getParentPath()) {
            TreePath parent = p.getParentPath();
            if (parent != null && parent.getLeaf() instanceof ClassTree owner) {
                String where = p.getLeaf() instanceof MethodTree method
                        ? "method " + method.getName() + "()"
                        : p.getLeaf() instanceof VariableTree field
                                ? "the initializer of field " + field.getName()
                                : "an initializer block";
                return where + " of " + name(owner);
            }
        }
        return "a body";
    }

    private static String name(ClassTree type) {
        return type.getSimpleName().length() == 0
                ? "an anonymous class"
                : type.getSimpleName().toString();
    }

    /** The simple names of the member types of every class enclosing (or at) {@code path}. */
    private static Set<String> memberTypeNames(TreePath path) {
        Set<String> names = new HashSet<>();
        for (TreePath p = path; p != null; p = p.getParentPath()) {
            if (p.getLeaf() instanceof ClassTree type) {
                for (Tree member : type.getMembers()) {
                    if (member instanceof ClassTree nested) {
                        names.add(nested.getSimpleName().toString());
                    }
                }
            }
        }
        return names;
    }

    /** The simple name if {@code written} (as in the source) means a Streamz annotation, else null. */
    private String streamzAnnotation(String written) {
        String prefix = PipelineReader.ANNOTATIONS + ".";
        if (written.startsWith(prefix)) {
            return written.substring(prefix.length());
        }
        if (written.contains(".") || shadowing.contains(written)) {
            return null;
        }
        boolean onDemand = false;
        for (ImportTree imported : unit.getImports()) {
            if (imported.isStatic()) {
                continue;
            }
            String name = imported.getQualifiedIdentifier().toString();
            if (name.equals(prefix + written)) {
                return written;
            }
            if (name.endsWith("." + written)) {
                return null; // a single-type import of another type of that name wins
            }
            onDemand |= name.equals(prefix + "*");
        }
        if (!onDemand) {
            return null;
        }
        String samePackage = unit.getPackageName() == null ? written : unit.getPackageName() + "." + written;
        return elements.getTypeElement(samePackage) == null ? written : null; // a package member wins
    }
}
