package io.streamz.it;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a Markdown page that {@link DocumentationTest} checks: fenced code blocks, relative
 * links and the anchors GitHub gives headings. Only the subset of Markdown the docs use.
 */
final class Markdown {
    private static final Pattern FENCE = Pattern.compile("^\\s*(`{3,})\\s*(\\S*)\\s*(.*)$");
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");

    /** A fenced block: its language, the rest of its info string, first line (1-based) and text. */
    record Block(String language, String info, int line, List<String> lines) {}

    /** A link's target as written, and the line it is on. */
    record Link(String target, int line) {}

    private Markdown() {}

    static List<Block> blocks(String markdown) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = markdown.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher open = FENCE.matcher(lines[i]);
            if (!open.matches()) {
                continue;
            }
            String closing = open.group(1);
            List<String> body = new ArrayList<>();
            int j = i + 1;
            while (j < lines.length && !lines[j].strip().equals(closing)) {
                body.add(lines[j]);
                j++;
            }
            if (j == lines.length) {
                throw new IllegalArgumentException("unclosed code block at line " + (i + 1));
            }
            blocks.add(new Block(open.group(2), open.group(3), i + 2, body));
            i = j;
        }
        return blocks;
    }

    /** The text with every fenced block blanked out (line numbers kept). */
    static String prose(String markdown) {
        String[] lines = markdown.split("\\R", -1);
        StringBuilder out = new StringBuilder();
        boolean inBlock = false;
        String closing = null;
        for (String line : lines) {
            Matcher fence = FENCE.matcher(line);
            if (!inBlock && fence.matches()) {
                inBlock = true;
                closing = fence.group(1);
                out.append('\n');
            } else if (inBlock) {
                inBlock = !line.strip().equals(closing);
                out.append('\n');
            } else {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    /** Links outside code blocks and outside inline code. */
    static List<Link> links(String markdown) {
        String prose = withoutInlineCode(prose(markdown));
        List<Link> links = new ArrayList<>();
        Matcher link = LINK.matcher(prose);
        while (link.find()) {
            int line = 1
                    + (int) prose.substring(0, link.start())
                            .chars()
                            .filter(c -> c == '\n')
                            .count();
            links.add(new Link(link.group(1), line));
        }
        return links;
    }

    /** The anchors GitHub generates for the headings of a page, duplicates numbered. */
    static Set<String> anchors(String markdown) {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String line : prose(markdown).split("\n")) {
            if (line.startsWith("#")) {
                String slug = slug(line.replaceFirst("^#+\\s*", ""));
                int count = seen.merge(slug, 1, Integer::sum);
                anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
            }
        }
        return anchors;
    }

    static String slug(String heading) {
        return heading.strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N} _-]", "")
                .replace(' ', '-');
    }

    /** Inline code spans (a run of n backticks up to the next run of exactly n) blanked out. */
    static String withoutInlineCode(String text) {
        StringBuilder out = new StringBuilder(text);
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) != '`') {
                i++;
                continue;
            }
            int run = runLength(text, i);
            int close = i + run;
            while (close < text.length() && (text.charAt(close) != '`' || runLength(text, close) != run)) {
                close += text.charAt(close) == '`' ? runLength(text, close) : 1;
            }
            if (close >= text.length()) {
                i += run; // no closing run: literal backticks
                continue;
            }
            int end = close + run;
            for (int k = i; k < end; k++) {
                if (out.charAt(k) != '\n') {
                    out.setCharAt(k, ' ');
                }
            }
            i = end;
        }
        return out.toString();
    }

    private static int runLength(String text, int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) == '`') {
            end++;
        }
        return end - from;
    }
}
