package io.streamz.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text arriving in chunks into records ending with a delimiter, each without it; the
 * partial record after the last delimiter is held until more text completes it.
 */
final class RecordSplitter {
    private final String delimiter;
    private final StringBuilder pending = new StringBuilder();
    /** Where the next delimiter search starts: earlier text holds no whole delimiter. */
    private int searchFrom;

    RecordSplitter(String delimiter) {
        this.delimiter = requireDelimiter(delimiter);
    }

    static String requireDelimiter(String delimiter) {
        if (delimiter == null || delimiter.isEmpty()) {
            throw new IllegalArgumentException(
                    "a delimiter must be a non-empty string, not " + (delimiter == null ? "null" : "\"\""));
        }
        return delimiter;
    }

    /** Appends {@code chunk} and returns the records it completed, in order. */
    List<String> add(CharSequence chunk) {
        pending.append(chunk);
        List<String> records = new ArrayList<>();
        int start = 0;
        int at = pending.indexOf(delimiter, searchFrom);
        while (at >= 0) {
            records.add(pending.substring(start, at));
            start = at + delimiter.length();
            at = pending.indexOf(delimiter, start);
        }
        pending.delete(0, start);
        searchFrom = Math.max(0, pending.length() - delimiter.length() + 1);
        return records;
    }

    /** The partial record held so far, which is then forgotten; empty if none. */
    String takeRest() {
        String rest = pending.toString();
        pending.setLength(0);
        searchFrom = 0;
        return rest;
    }

    /** Forgets the partial record. */
    void clear() {
        takeRest();
    }
}
