package io.streamz.processor.validate;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingTest {
    @Test
    void distanceCountsInsertionsDeletionsAndSubstitutions() {
        assertThat(Spelling.distance("parse", "parse")).isEqualTo(0);
        assertThat(Spelling.distance("pars", "parse")).isEqualTo(1);
        assertThat(Spelling.distance("prase", "parse")).isEqualTo(2);
        assertThat(Spelling.distance("", "abc")).isEqualTo(3);
        assertThat(Spelling.distance("kitten", "sitting")).isEqualTo(3);
    }

    @Test
    void closestPrefersTheNearestThenTheFirstDeclared() {
        List<String> stages = List.of("emit", "parse", "large", "total", "out");
        assertThat(Spelling.closest("pars", stages)).hasValue("parse");
        assertThat(Spelling.closest("totl", stages)).hasValue("total");
        assertThat(Spelling.closest("PARSE", stages)).hasValue("parse");
        assertThat(Spelling.closest("ab", List.of("a", "b"))).hasValue("a");
    }

    @Test
    void farNamesGetTheListInsteadOfAGuess() {
        List<String> stages = List.of("emit", "out");
        assertThat(Spelling.closest("aggregateEverything", stages)).isEmpty();
        assertThat(Spelling.suggestion("aggregateEverything", stages, "stages")).isEqualTo(" Known stages: emit, out.");
        assertThat(Spelling.suggestion("x", List.of(), "stages")).isEqualTo(" There are no stages.");
        assertThat(Spelling.suggestion("emitt", stages, "stages")).isEqualTo(" Did you mean \"emit\"?");
    }
}
