package io.streamz.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Backslashes inside double quotes, as a POSIX shell reads them ({@code sh -c 'printf "%s\\n" ...'} prints
 * the same words; Python's shlex.split escapes only the backslash and the quote there).
 */
class CommandLineQuotesTest {
    @Test
    void insideDoubleQuotesABackslashEscapesOnlyBackslashQuoteDollarAndBacktick() {
        assertEquals(
                List.of("a\\b", "c\"d", "e$f", "g`h", "i\\jk"),
                CommandLine.split("\"a\\\\b\" \"c\\\"d\" \"e\\$f\" \"g\\`h\" \"i\\jk\""));
    }

    @Test
    void aBackslashEndingAnUnterminatedDoubleQuoteIsTheUnterminatedQuote() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> CommandLine.split("echo \"abc\\"));
        assertEquals("fromProcess: unterminated double quote in the command line: echo \"abc\\", e.getMessage());
    }
}
