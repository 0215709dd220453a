package io.streamz.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordSplitterTest {

    @Test
    void splitsCompleteRecordsAndHoldsThePartialOne() {
        RecordSplitter splitter = new RecordSplitter("\n");
        assertEquals(List.of(), splitter.add("da"));
        assertEquals(List.of("data"), splitter.add("ta\n"));
        assertEquals(List.of("", "more"), splitter.add("\nmore\nda"));
        assertEquals("da", splitter.takeRest());
        assertEquals("", splitter.takeRest());
    }

    @Test
    void aDelimiterSplitAcrossChunksIsFound() {
        RecordSplitter splitter = new RecordSplitter("<END>");
        List<String> out = new ArrayList<>();
        for (String chunk : List.of("a<E", "N", "D><", "END>b<END", ">")) {
            out.addAll(splitter.add(chunk));
        }
        assertEquals(List.of("a", "", "b"), out);
    }

    @Test
    void overlappingDelimitersSplitFromTheLeft() {
        RecordSplitter splitter = new RecordSplitter("aa");
        assertEquals(List.of("x", ""), splitter.add("xaaaaa"));
        assertEquals("a", splitter.takeRest());
    }

    @Test
    void anEmptyDelimiterIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RecordSplitter(""));
        assertEquals("a delimiter must be a non-empty string, not \"\"", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new RecordSplitter(null));
    }
}
