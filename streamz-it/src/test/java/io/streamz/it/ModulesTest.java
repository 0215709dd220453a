package io.streamz.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamz.Stream;
import io.streamz.annotations.Pipeline;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The module descriptors of the two modules applications read: every package is exported (a
 * package added without an {@code exports} would be invisible to modular applications), and
 * the annotations give compile-time readability of {@code java.compiler}, which the generated
 * {@code @Generated} needs. A modular application is compiled and run by the user project
 * {@code src/it/modular}.
 */
class ModulesTest {
    @Test
    void theRuntimeExportsEveryPackageAndReadsOnlyTheJdk() throws Exception {
        ModuleDescriptor runtime = descriptor(Stream.class);
        assertEquals("io.streamz", runtime.name());
        assertEquals(runtime.packages(), exported(runtime));
        assertTrue(runtime.packages().contains("io.streamz.internal"), "generated code calls io.streamz.internal");
        assertEquals(
                Set.of("java.base", "jdk.httpserver", "jdk.jfr"),
                runtime.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet()));
        ModuleDescriptor.Requires jfr = runtime.requires().stream()
                .filter(r -> r.name().equals("jdk.jfr"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                Set.of(ModuleDescriptor.Requires.Modifier.STATIC),
                jfr.modifiers(),
                "Flight Recorder events are optional: an image without jdk.jfr runs without them");
    }

    @Test
    void theAnnotationsExportTheirPackageAndLetApplicationsReadJavaCompilerWhenCompiling() throws Exception {
        ModuleDescriptor annotations = descriptor(Pipeline.class);
        assertEquals("io.streamz.annotations", annotations.name());
        assertEquals(Set.of("io.streamz.annotations"), exported(annotations));
        ModuleDescriptor.Requires compiler = annotations.requires().stream()
                .filter(r -> r.name().equals("java.compiler"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                Set.of(ModuleDescriptor.Requires.Modifier.STATIC, ModuleDescriptor.Requires.Modifier.TRANSITIVE),
                compiler.modifiers());
    }

    private static Set<String> exported(ModuleDescriptor descriptor) {
        for (ModuleDescriptor.Exports export : descriptor.exports()) {
            assertTrue(export.targets().isEmpty(), export + " is qualified");
        }
        return descriptor.exports().stream()
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The descriptor of the jar or directory {@code type} was loaded from. */
    private static ModuleDescriptor descriptor(Class<?> type) throws URISyntaxException {
        Path location =
                Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<ModuleReference> found = ModuleFinder.of(location).findAll();
        assertEquals(1, found.size(), "no module at " + location);
        ModuleDescriptor descriptor = found.iterator().next().descriptor();
        assertTrue(!descriptor.isAutomatic(), location + " has no module-info");
        return descriptor;
    }
}
