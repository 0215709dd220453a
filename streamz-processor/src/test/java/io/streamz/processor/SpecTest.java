package io.streamz.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated {@code spec()}: an engine adapter needs nothing else, so the topology rebuilt from
 * the spec alone is the one the generated class documents; and no generated code reflects.
 */
class SpecTest {
    private static final Pattern TOPOLOGY =
            Pattern.compile("Topology, in declaration order:\\n \\* <pre>\\n(.*?) \\* </pre>", Pattern.DOTALL);
    private static final List<String> REFLECTION = List.of(
            "Class.forName", "getMethod", "getDeclaredMethod", "setAccessible", "java.lang.reflect", ".class.get");

    static List<String> engineCases() {
        return List.of(
                "key-by",
                "key-by-join",
                "key-by-latest",
                "key-by-timed",
                "key-by-window",
                "key-by-counts",
                "key-by-on-failure",
                "distributed-stateless");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engineCases")
    void theTopologyRebuiltFromTheSpecAloneIsTheDocumentedOne(String name) throws Exception {
        Compilation compilation = Golden.compile(name);
        String source = generatedSource(compilation);
        Matcher documented = TOPOLOGY.matcher(source);
        assertWithMessage("topology javadoc of %s", name)
                .that(documented.find())
                .isTrue();
        List<String> expected = new ArrayList<>();
        for (String line : documented.group(1).split("\n")) {
            expected.add(line.replaceFirst("^ \\* ", "").replace("&lt;", "<"));
        }
        Object spec = generatedClass(compilation).getMethod("spec").invoke(null);
        List<String> rebuilt = new ArrayList<>();
        for (String line : ((String) spec.getClass().getMethod("topology").invoke(spec)).split("\n")) {
            rebuilt.add(line.replaceFirst(" \\[scope \\d+( by [^\\]]+)?\\]$", ""));
        }
        assertThat(rebuilt).containsExactlyElementsIn(expected).inOrder();
    }

    @Test
    void theKeyedSpecHasScopesPortsStateAndReasons() throws Exception {
        Object spec = generatedClass(Golden.compile("key-by")).getMethod("spec").invoke(null);
        assertThat(spec.getClass().getMethod("topology").invoke(spec))
                .isEqualTo("source: orders [scope 0]\n"
                        + "filter: paid <- orders [scope 0]\n"
                        + "keyBy: byCustomer <- paid [scope 0]\n"
                        + "accumulate: total <- byCustomer [scope 1 by java.lang.String]\n"
                        + "sink: totals <- total [scope 1 by java.lang.String]\n"
                        + "unique: newAmount <- byCustomer [scope 1 by java.lang.String]\n"
                        + "sink: firstAmounts <- newAmount [scope 1 by java.lang.String]\n"
                        + "accumulate: count <- paid [scope 0]\n"
                        + "sink: counts <- count [scope 0]\n");
        assertThat(spec.getClass().getMethod("states").invoke(spec).toString())
                .contains("StateSpec[name=newAmount, stage=newAmount, kind=SET, scope=1");
        assertThat(spec.getClass().getMethod("notDistributable").invoke(spec).toString())
                .contains("streamz.unkeyed-state");
        Object distributed = generatedClass(Golden.compile("distributed-stateless"))
                .getMethod("spec")
                .invoke(null);
        assertThat(distributed.getClass().getMethod("isDistributable").invoke(distributed))
                .isEqualTo(true);
    }

    static List<String> allCases() throws IOException {
        return Golden.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allCases")
    void generatedCodeNeverReflects(String name) throws IOException {
        String source = generatedSource(Golden.compile(name));
        for (String call : REFLECTION) {
            assertWithMessage("%s in the code generated for %s", call, name)
                    .that(source)
                    .doesNotContain(call);
        }
    }

    private static String generatedSource(Compilation compilation) throws IOException {
        for (JavaFileObject file : compilation.generatedSourceFiles()) {
            if (file.getName().contains("Streamz_")) {
                return file.getCharContent(true).toString();
            }
        }
        throw new AssertionError("no generated source");
    }

    private static Class<?> generatedClass(Compilation compilation) throws ClassNotFoundException {
        for (JavaFileObject file : compilation.generatedSourceFiles()) {
            String path = file.toUri().getPath();
            if (path.contains("/Streamz_")) {
                String binary = path.substring(
                                path.indexOf("/SOURCE_OUTPUT/") + "/SOURCE_OUTPUT/".length(),
                                path.length() - ".java".length())
                        .replace('/', '.');
                return DifferentialTest.generatedClass(compilation, binary);
            }
        }
        throw new AssertionError("no generated class");
    }
}
