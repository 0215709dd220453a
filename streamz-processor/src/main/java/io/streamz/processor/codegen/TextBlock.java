package io.streamz.processor.codegen;

import com.palantir.javapoet.CodeBlock;

/**
 * A Java text block for a text of whole lines (ending with a line break): one token for javac
 * however many lines it has. Escapes what a text block would otherwise change or end on: a
 * backslash, three quotes in a row, tabs and other control characters, and a space at the end of
 * a line (which a text block strips).
 */
final class TextBlock {
    private TextBlock() {}

    /** The text block holding exactly {@code text}, which ends with {@code \n}. */
    static CodeBlock of(String text) {
        if (!text.endsWith("\n")) {
            throw new IllegalArgumentException("a text block of whole lines ends with a line break: " + text);
        }
        StringBuilder block = new StringBuilder("\"\"\"\n");
        for (String line : text.substring(0, text.length() - 1).split("\n", -1)) {
            block.append(line(line)).append('\n');
        }
        return CodeBlock.of("$L", block.append("\"\"\""));
    }

    private static String line(String line) {
        StringBuilder out = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean last = i == line.length() - 1;
            if (c == '\\') {
                out.append("\\\\");
            } else if (c == '"' && line.startsWith("\"\"", i + 1)) {
                out.append("\\\""); // three quotes in a row would end the block
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == ' ' && last) {
                out.append("\\s"); // a text block strips white space at the end of a line
            } else if (c < ' ' || c == 0x7f) {
                out.append(
                        String.format("\\%03o", (int) c)); // an octal escape: javac reads unicode escapes before lexing
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
