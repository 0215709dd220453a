package io.streamz.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.streamz.processor.diag.ProblemCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the codes, the corpus and docs/diagnostics.md in step: none may drift from the others. */
class ProblemCodeCoverageTest {
    private static final Pattern DOC_HEADING = Pattern.compile("^### `streamz\\.([a-z-]+)`$", Pattern.MULTILINE);

    private static Set<String> ids() {
        Set<String> ids = new LinkedHashSet<>();
        Arrays.stream(ProblemCode.values()).forEach(code -> ids.add(code.id()));
        return ids;
    }

    @Test
    void idsAreUniqueKebabCase() {
        assertThat(ids()).hasSize(ProblemCode.values().length);
        for (ProblemCode code : ProblemCode.values()) {
            assertWithMessage("id of %s", code).that(code.id()).matches("[a-z]+(-[a-z]+)*");
            assertThat(code.tag()).isEqualTo("[streamz." + code.id() + "]");
            assertThat(ProblemCode.byId(code.id())).hasValue(code);
        }
        assertThat(ProblemCode.byId("no-such-code")).isEmpty();
    }

    @Test
    void everyCodeButInternalHasACorpusCaseMarkingIt() {
        Set<String> marked = new HashSet<>();
        for (CorpusCase corpusCase : CorpusCase.all()) {
            corpusCase.markers().forEach(marker -> marked.add(marker.code()));
        }
        List<String> missing = new ArrayList<>();
        for (ProblemCode code : ProblemCode.values()) {
            if (code != ProblemCode.INTERNAL && !marked.contains(code.id())) {
                missing.add(code.id());
            }
        }
        assertWithMessage("codes without a file in src/test/resources/bad/<code>/ marking them")
                .that(missing)
                .isEmpty();
    }

    @Test
    void everyCorpusDirectoryIsACode() throws IOException {
        try (Stream<Path> dirs = Files.list(CorpusCase.root())) {
            List<String> names = dirs.map(d -> d.getFileName().toString()).toList();
            assertThat(ids()).containsAtLeastElementsIn(names);
            assertThat(names).doesNotContain(ProblemCode.INTERNAL.id());
        }
    }

    @Test
    void everyCodeIsDocumentedOnceAndNothingElseIs() throws IOException {
        Path docs =
                Path.of(System.getProperty("user.dir")).resolveSibling("docs").resolve("diagnostics.md");
        assertWithMessage("expected %s (tests run from the module directory)", docs)
                .that(Files.exists(docs))
                .isTrue();
        Matcher headings = DOC_HEADING.matcher(Files.readString(docs));
        List<String> documented = new ArrayList<>();
        while (headings.find()) {
            documented.add(headings.group(1));
        }
        assertThat(documented).containsNoDuplicates();
        assertThat(documented).containsExactlyElementsIn(ids());
    }
}
