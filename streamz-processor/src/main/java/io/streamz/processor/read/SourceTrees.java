package io.streamz.processor.read;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * What only javac's source trees show: annotations javac could not resolve (the element model
 * drops them without a trace), and annotations on local and anonymous types (never shown to
 * processors). Under another compiler, or a wrapped processing environment
 * javac's {@link Trees} does not accept, it knows nothing and says so ({@link #none()}).
 */
public final class SourceTrees {
    private final Trees trees;

    private SourceTrees(Trees trees) {
        this.trees = trees;
    }

    /** javac's trees for {@code env}, or {@link #none()} when {@code env} is not javac's. */
    public static SourceTrees of(ProcessingEnvironment env) {
        try {
            return new SourceTrees(Trees.instance(env));
        } catch (IllegalArgumentException | LinkageError notJavac) {
            return none();
        }
    }

    /** Knows no tree: every question gets the answer of an element model without trees. */
    public static SourceTrees none() {
        return new SourceTrees(null);
    }

    /**
     * Every Streamz annotation on a local or anonymous type of the compilation units that declare
     * {@code roots}, or on one of its methods: javac shows none of them to processors. Only units
     * that import from {@code io.streamz.annotations} or spell the package out are read through.
     */
    public List<LocalAnnotation> localAnnotations(Collection<? extends Element> roots, Elements elements) {
        if (trees == null) {
            return List.of();
        }
        Set<CompilationUnitTree> units = Collections.newSetFromMap(new IdentityHashMap<>());
        List<LocalAnnotation> found = new ArrayList<>();
        for (Element root : roots) {
            if (generatedByStreamz(root)) {
                continue; // its own output holds no local types
            }
            TreePath path = trees.getPath(root);
            if (path != null
                    && units.add(path.getCompilationUnit())
                    && LocalTypes.mayUseStreamz(path.getCompilationUnit())) {
                found.addAll(LocalTypes.in(path.getCompilationUnit(), trees, elements));
            }
        }
        return found;
    }

    private static boolean generatedByStreamz(Element root) {
        for (var mirror : root.getAnnotationMirrors()) {
            if (mirror.getAnnotationType().asElement() instanceof TypeElement type
                    && type.getQualifiedName().contentEquals(PipelineReader.ANNOTATIONS + ".StreamzGenerated")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an annotation written on {@code type} itself does not resolve to a type: not found,
     * or ambiguous ({@code import java.util.*;} beside {@code import io.streamz.annotations.*;}
     * makes {@code @Map} both). javac reports it itself.
     */
    public boolean hasUnresolvedAnnotation(TypeElement type) {
        if (trees == null) {
            return false;
        }
        TreePath path = trees.getPath(type);
        return path != null
                && path.getLeaf() instanceof ClassTree declaration
                && unresolved(path, declaration.getModifiers());
    }

    /**
     * Whether an annotation written on {@code type}, on one of the methods it declares or on
     * one of their parameters does not resolve ({@link #hasUnresolvedAnnotation}); one walk of
     * the type's tree, however many methods it has.
     */
    public boolean hasUnresolvedAnnotationIn(TypeElement type) {
        if (trees == null) {
            return false;
        }
        TreePath path = trees.getPath(type);
        if (path == null || !(path.getLeaf() instanceof ClassTree declaration)) {
            return false;
        }
        if (unresolved(path, declaration.getModifiers())) {
            return true;
        }
        for (Tree member : declaration.getMembers()) {
            if (member instanceof MethodTree method) {
                TreePath methodPath = new TreePath(path, method);
                if (unresolved(methodPath, method.getModifiers())) {
                    return true;
                }
                for (VariableTree parameter : method.getParameters()) {
                    if (unresolved(new TreePath(methodPath, parameter), parameter.getModifiers())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether an annotation in {@code modifiers}, the modifiers of the tree at {@code path}, does not resolve. */
    private boolean unresolved(TreePath path, ModifiersTree modifiers) {
        TreePath modifiersPath = new TreePath(path, modifiers);
        for (AnnotationTree annotation : modifiers.getAnnotations()) {
            TypeMirror type = trees.getTypeMirror(new TreePath(modifiersPath, annotation));
            if (type == null || type.getKind() == TypeKind.ERROR) {
                return true;
            }
        }
        return false;
    }
}
