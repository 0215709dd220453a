package io.streamz.processor.validate;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean ...?": the closest known name by edit distance, when it is close enough. */
final class Spelling {
    private Spelling() {}

    /**
     * The candidate nearest to {@code written}, if at most about half of it differs; earlier
     * candidates win ties, so the suggestion follows declaration order.
     */
    static Optional<String> closest(String written, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(written.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int allowed = Math.max(2, Math.max(written.length(), 1) / 2);
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** " Did you mean "parse"?" or, with nothing close, the list of what exists. */
    static String suggestion(String written, Collection<String> candidates, String what) {
        Optional<String> closest = closest(written, candidates);
        if (closest.isPresent()) {
            return " Did you mean \"" + closest.get() + "\"?";
        }
        if (candidates.isEmpty()) {
            return " There are no " + what + ".";
        }
        return " Known " + what + ": " + String.join(", ", candidates) + ".";
    }

    /** Levenshtein distance: insertions, deletions and substitutions each cost one. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
