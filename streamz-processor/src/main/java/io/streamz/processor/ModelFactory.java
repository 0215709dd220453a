package io.streamz.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.streamz.processor.codegen.Names;
import io.streamz.processor.model.FailureSink;
import io.streamz.processor.model.PipelineModel;
import io.streamz.processor.model.Stage;
import io.streamz.processor.model.StageOptions;
import io.streamz.processor.read.FailureSinkDecl;
import io.streamz.processor.read.PipelineDecl;
import io.streamz.processor.read.StageDecl;
import io.streamz.processor.validate.Validation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Turns a validated {@link PipelineDecl} into a {@link PipelineModel}, from what validation
 * resolved: each stage's upstreams, the type it emits, and the methods its attributes name.
 */
final class ModelFactory {
    private ModelFactory() {}

    /** The model of {@code pipeline}, whose {@code validation} found no problem. */
    static PipelineModel create(PipelineDecl pipeline, Validation validation, Elements elements) {
        List<Stage> stages = new ArrayList<>();
        for (StageDecl decl : pipeline.stages()) {
            stages.add(stage(decl, validation));
        }
        Set<String> members = new LinkedHashSet<>();
        for (ExecutableElement method : pipeline.methods()) {
            members.add(method.getSimpleName().toString());
        }
        return new PipelineModel(
                        ClassName.get(pipeline.type()),
                        stages,
                        members,
                        qualifiedNames(pipeline, elements),
                        failureSinks(pipeline, validation))
                .withEngine(validation.engine())
                .withSuppressedWarnings(DeprecatedUses.suppressed(pipeline, elements));
    }

    /** The error route: each {@code @OnFailure} sink with the stages validation routed to it. */
    private static List<FailureSink> failureSinks(PipelineDecl pipeline, Validation validation) {
        List<FailureSink> sinks = new ArrayList<>();
        for (FailureSinkDecl decl : pipeline.failureSinks()) {
            List<String> routed = new ArrayList<>();
            for (StageDecl stage : pipeline.stages()) {
                if (decl.name().equals(validation.failureRoute(stage))) {
                    routed.add(stage.name());
                }
            }
            sinks.add(new FailureSink(
                    decl.name(),
                    decl.method().isDefault(),
                    decl.method().getParameters().get(0).getSimpleName().toString(),
                    routed));
        }
        return sinks;
    }

    /**
     * The simple names generated code writes in full: the member types and fields {@code type}
     * declares or inherits from its superinterfaces, which shadow imported types in a class
     * implementing it, and the types of its package named like a {@code java.lang} type the
     * generated code uses, which shadow that type in the generated class's package.
     */
    private static Set<String> qualifiedNames(PipelineDecl pipeline, Elements elements) {
        Set<String> names = new TreeSet<>();
        Deque<TypeElement> work = new ArrayDeque<>(List.of(pipeline.type()));
        while (!work.isEmpty()) {
            TypeElement current = work.poll();
            for (Element member : current.getEnclosedElements()) {
                if (member.getKind().isClass()
                        || member.getKind().isInterface()
                        || member.getKind().isField()) {
                    names.add(member.getSimpleName().toString());
                }
            }
            for (TypeMirror parent : current.getInterfaces()) {
                if (parent instanceof DeclaredType declared) {
                    work.add((TypeElement) declared.asElement());
                }
            }
        }
        String pkg = elements.getPackageOf(pipeline.type()).getQualifiedName().toString();
        // in the pipeline's own module: a name looked up in no module is searched in every module
        // of the JDK when the package has no such type (the usual answer)
        ModuleElement module = elements.getModuleOf(pipeline.type());
        for (String javaLang : javaLangNames(pipeline)) {
            String name = pkg.isEmpty() ? javaLang : pkg + "." + javaLang;
            if ((module == null ? elements.getTypeElement(name) : elements.getTypeElement(module, name)) != null) {
                names.add(javaLang);
            }
        }
        return names;
    }

    /** The {@code java.lang} types generated code may name: its own, the boxes, and those in stage signatures. */
    private static Set<String> javaLangNames(PipelineDecl pipeline) {
        Set<String> names = new TreeSet<>(Names.JAVA_LANG_TYPES);
        for (StageDecl stage : pipeline.stages()) {
            List<TypeMirror> types = new ArrayList<>(stage.parameterTypes());
            types.add(stage.returnType());
            for (TypeMirror type : types) {
                DeclaredTypes.forEach(type, declared -> {
                    TypeElement element = (TypeElement) declared.asElement();
                    if (element.getQualifiedName().contentEquals("java.lang." + element.getSimpleName())) {
                        names.add(element.getSimpleName().toString());
                    }
                });
            }
        }
        return names;
    }

    private static Stage stage(StageDecl decl, Validation validation) {
        List<TypeName> parameterTypes = new ArrayList<>();
        List<String> parameterNames = new ArrayList<>();
        for (VariableElement parameter : decl.parameters()) {
            parameterTypes.add(TypeName.get(parameter.asType()));
            parameterNames.add(parameter.getSimpleName().toString());
        }
        TypeMirror output = validation.output(decl);
        return new Stage(
                decl.name(),
                decl.kind(),
                validation.upstreams(decl),
                parameterTypes,
                parameterNames,
                TypeName.get(decl.returnType()),
                output == null ? TypeName.VOID : TypeName.get(output),
                decl.isDefault(),
                options(decl, validation, parameterTypes),
                decl.method().isVarArgs());
    }

    /** The annotation's attributes as validation resolved them, read by the kind's options. */
    private static StageOptions options(StageDecl decl, Validation validation, List<TypeName> parameters) {
        return StageOptions.of(decl.kind(), new StageOptions.Attributes() {
            @Override
            public int size() {
                return decl.size();
            }

            @Override
            public boolean returnPartial() {
                return decl.returnPartial();
            }

            @Override
            public boolean keepLast() {
                return decl.keepLast();
            }

            @Override
            public StageOptions.Key key() {
                TypeMirror key = validation.keyType(decl);
                return key == null ? null : new StageOptions.Key(decl.key(), TypeName.get(key));
            }

            @Override
            public String start() {
                return validation.start(decl) == null ? null : decl.start();
            }

            @Override
            public boolean startIsStatic() {
                ExecutableElement start = validation.start(decl);
                return start != null && start.getModifiers().contains(Modifier.STATIC);
            }

            @Override
            public boolean returnsState() {
                return decl.returnsState();
            }

            @Override
            public boolean withState() {
                return decl.withState();
            }

            @Override
            public boolean stopOnException() {
                return decl.stopOnException();
            }

            @Override
            public String resetBy() {
                return decl.resetBy().isEmpty() ? null : decl.resetBy();
            }

            @Override
            public TypeName firstParameter() {
                return parameters.get(0);
            }

            @Override
            public long interval() {
                return decl.interval();
            }

            @Override
            public List<String> emitOn() {
                return decl.emitOn();
            }

            @Override
            public StageOptions.Slice slice() {
                return decl.slice();
            }
        });
    }
}
