package io.streamz.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Backslashes inside double quotes, as streamz's {@code from_process} reads them through Python's
 * {@code shlex.split}: only a backslash or a quote is escaped there (checked against Python 3's
 * shlex); {@code sh} would also take a backslash before a dollar sign or a backtick as an escape.
 */
class CommandLineQuotesTest {
    @Test
    void insideDoubleQuotesABackslashEscapesOnlyBackslashAndQuoteAsShlexDoes() {
        assertEquals(
                List.of("a\\b", "c\"d", "e\\$f", "g\\`h", "i\\jk"),
                CommandLine.split("\"a\\\\b\" \"c\\\"d\" \"e\\$f\" \"g\\`h\" \"i\\jk\""));
    }

    @Test
    void aBackslashEndingAnUnterminatedDoubleQuoteIsTheUnterminatedQuote() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> CommandLine.split("echo \"abc\\"));
        assertEquals("fromProcess: unterminated double quote in the command line: echo \"abc\\", e.getMessage());
    }
}
