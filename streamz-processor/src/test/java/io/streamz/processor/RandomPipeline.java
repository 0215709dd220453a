package io.streamz.processor;

import io.streamz.check.Gen;
import io.streamz.check.Shrinks;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A random {@code @Pipeline} over every stage kind, as data: stages in declaration order, each
 * naming earlier stages as its inputs, plus the source calls that drive it. {@link PipelineText}
 * writes it as Java; stages whose input types do not fit are never generated, and shrinking keeps
 * only candidates that still type-check.
 */
final class RandomPipeline {
    /** The element types stages pass on. */
    enum Type {
        INT("int"),
        INTS("List<Integer>"),
        TUPLE("List<Object>"),
        OBJ("Object");

        final String java;

        Type(String java) {
            this.java = java;
        }
    }

    enum Kind {
        SOURCE,
        MAP_ADD,
        MAP_BOOM,
        MAP_REENTER,
        MAP_PAIR,
        MAP_SIZE,
        MAP_OBJ,
        FILTER,
        ACC,
        ACC_START,
        ACC_STATE,
        FLATTEN,
        FLATTEN_TUPLE,
        PARTITION,
        PARTITION_KEY,
        SLIDING,
        UNION,
        UNIQUE,
        UNIQUE_KEY,
        ZIP,
        ZIP_FN,
        COMBINE,
        COMBINE_ON,
        ZIP_LATEST,
        BUFFER,
        LATEST,
        DELAY,
        RATE_LIMIT,
        TIMED_WINDOW,
        MAP_ASYNC,
        KEY_BY,
        SINK,
        ASYNC_SINK;

        boolean joins() {
            return this == UNION
                    || this == ZIP
                    || this == ZIP_FN
                    || this == COMBINE
                    || this == COMBINE_ON
                    || this == ZIP_LATEST;
        }

        boolean terminal() {
            return this == SINK || this == ASYNC_SINK;
        }

        /**
         * Kinds a pipeline with a {@code @KeyBy} after each source draws: not buffer, latest or the
         * asynchronous ones (refused with keys), not the timed ones (across keys their order at one
         * instant may differ between the builds, which the contract allows), not a re-entrant map.
         */
        boolean keyable() {
            return this != SOURCE && this != KEY_BY && this != MAP_REENTER && !timed();
        }

        /** Stages that need the pipeline's event loop. */
        boolean timed() {
            return this == BUFFER
                    || this == LATEST
                    || this == DELAY
                    || this == RATE_LIMIT
                    || this == TIMED_WINDOW
                    || this == MAP_ASYNC
                    || this == ASYNC_SINK;
        }
    }

    record Stage(Kind kind, List<Integer> from, int p, int q) {}

    /** A call of source {@code source} with {@code value}, after which virtual time moves {@code advanceMs}. */
    record Call(int source, int value, int advanceMs) {}

    /** A pipeline and its input; {@code futures}: the sources return their back-pressure stage. */
    record Case(List<Stage> stages, boolean futures, List<Call> calls) {}

    private RandomPipeline() {}

    /** The output type of every stage, or {@code null} if some stage's inputs do not fit its kind. */
    static Type[] types(List<Stage> stages) {
        Type[] types = new Type[stages.size()];
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            List<Type> in = new ArrayList<>();
            if (stage.from().stream().distinct().count() < stage.from().size()) {
                return null; // streamz.duplicate-input
            }
            for (int from : stage.from()) {
                if (from >= i || types[from] == null) {
                    return null;
                }
                in.add(types[from]);
            }
            if (!fits(stage.kind(), in)) {
                return null;
            }
            types[i] = out(stage.kind(), in);
        }
        return types;
    }

    private static boolean fits(Kind kind, List<Type> in) {
        if (kind == Kind.SOURCE) {
            return in.isEmpty();
        }
        if (in.isEmpty() || (!kind.joins() && in.size() != 1) || (kind.joins() && in.size() < 2)) {
            return false;
        }
        Type t = in.get(0);
        return switch (kind) {
            case MAP_ADD, MAP_BOOM, MAP_REENTER, MAP_PAIR, FILTER, ACC, ACC_START, ACC_STATE -> t == Type.INT;
            case PARTITION, PARTITION_KEY, SLIDING, TIMED_WINDOW, UNIQUE_KEY, MAP_ASYNC, KEY_BY -> t == Type.INT;
            case MAP_SIZE -> t == Type.INTS || t == Type.TUPLE;
            case MAP_OBJ -> t == Type.OBJ;
            case FLATTEN -> t == Type.INTS;
            case FLATTEN_TUPLE -> t == Type.TUPLE;
            case UNION ->
                in.stream().allMatch(other -> other == t)
                        && in.stream().distinct().count() == 1;
            case ZIP, ZIP_FN, COMBINE, COMBINE_ON, ZIP_LATEST -> true;
            default -> true; // UNIQUE, BUFFER, LATEST, DELAY, RATE_LIMIT, SINK, ASYNC_SINK take any type
        };
    }

    private static Type out(Kind kind, List<Type> in) {
        return switch (kind) {
            case SOURCE, MAP_ADD, MAP_BOOM, MAP_REENTER, MAP_SIZE, MAP_OBJ, FILTER, ACC, ACC_START, ACC_STATE ->
                Type.INT;
            case FLATTEN, UNIQUE_KEY, ZIP_FN, MAP_ASYNC, KEY_BY -> Type.INT;
            case MAP_PAIR, PARTITION, PARTITION_KEY, SLIDING, TIMED_WINDOW -> Type.INTS;
            case ZIP, COMBINE, COMBINE_ON, ZIP_LATEST -> Type.TUPLE;
            case FLATTEN_TUPLE -> Type.OBJ;
            case SINK, ASYNC_SINK -> null;
            default -> in.get(0); // UNION, UNIQUE, BUFFER, LATEST, DELAY, RATE_LIMIT pass their input type on
        };
    }

    /** Pipelines of 1-2 sources and up to {@code maxStages} stages, every leaf feeding a sink, and up to {@code maxCalls} calls. */
    static Gen<Case> cases(int maxStages, int maxCalls) {
        return cases(maxStages, maxCalls, false);
    }

    /**
     * {@link #cases(int, int)} keyed: a {@code @KeyBy} right after each source (every other stage
     * reads a key's stream, so every stage keeps its state per key), drawing only {@link Kind#keyable} kinds.
     */
    static Gen<Case> keyedCases(int maxStages, int maxCalls) {
        return cases(maxStages, maxCalls, true);
    }

    private static Gen<Case> cases(int maxStages, int maxCalls, boolean keyed) {
        return new Gen<>() {
            @Override
            public Case next(Random random) {
                return draw(random, maxStages, maxCalls, keyed);
            }

            @Override
            public List<Case> shrink(Case value) {
                List<Case> valid = new ArrayList<>();
                for (Case candidate : shrinkCase(value)) {
                    if (candidate != null && types(candidate.stages()) != null && hasSource(candidate)) {
                        valid.add(candidate);
                    }
                }
                return valid;
            }
        };
    }

    private static boolean hasSource(Case c) {
        return c.stages().stream().anyMatch(stage -> stage.kind() == Kind.SOURCE);
    }

    private static Case draw(Random random, int maxStages, int maxCalls, boolean keyed) {
        List<Kind> kinds = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            if (keyed ? kind.keyable() : kind != Kind.SOURCE && kind != Kind.KEY_BY) {
                kinds.add(kind);
            }
        }
        List<Stage> stages = new ArrayList<>();
        int sources = 1 + random.nextInt(2);
        for (int i = 0; i < sources; i++) {
            stages.add(new Stage(Kind.SOURCE, List.of(), 0, 0));
        }
        if (keyed) {
            for (int i = 0; i < sources; i++) {
                stages.add(new Stage(Kind.KEY_BY, List.of(i), random.nextInt(4), 0));
            }
        }
        int first = stages.size();
        int wanted = 1 + random.nextInt(maxStages);
        for (int attempts = 0; stages.size() < first + wanted && attempts < 50 * maxStages; attempts++) {
            Kind kind = kinds.get(random.nextInt(kinds.size()));
            Stage stage = new Stage(kind, inputs(kind, stages, random, keyed), random.nextInt(4), random.nextInt(4));
            List<Stage> grown = new ArrayList<>(stages);
            grown.add(stage);
            if (types(grown) != null) {
                stages = grown;
            }
        }
        sinkLeaves(stages, random, keyed);
        List<Call> calls = new ArrayList<>();
        int count = random.nextInt(maxCalls + 1);
        for (int i = 0; i < count; i++) {
            int advance = random.nextInt(3) == 0 ? 0 : random.nextInt(8) * 100;
            calls.add(new Call(random.nextInt(sources), random.nextInt(51) - 5, advance));
        }
        return new Case(List.copyOf(stages), random.nextBoolean(), List.copyOf(calls));
    }

    private static List<Integer> inputs(Kind kind, List<Stage> stages, Random random, boolean keyed) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            if (!stages.get(i).kind().terminal() && !(keyed && stages.get(i).kind() == Kind.SOURCE)) {
                candidates.add(i);
            }
        }
        int arity = kind.joins() ? Math.min(candidates.size(), 2 + random.nextInt(2)) : 1;
        if (kind.joins() && random.nextBoolean()) {
            List<Integer> siblings = siblings(stages, candidates.get(random.nextInt(candidates.size())));
            if (siblings.size() >= 2) {
                // branches of one stage joined again: the shape a fused lock-step zip pairs in locals
                java.util.Collections.shuffle(siblings, random);
                return List.copyOf(siblings.subList(0, Math.min(arity, siblings.size())));
            }
        }
        List<Integer> inputs = new ArrayList<>();
        while (inputs.size() < arity) {
            int back = Math.min(candidates.size() - 1, random.nextInt(2) * random.nextInt(5));
            int pick = random.nextInt(6) == 0
                    ? candidates.get(random.nextInt(candidates.size()))
                    : candidates.get(candidates.size() - 1 - back);
            if (!inputs.contains(pick)) {
                inputs.add(pick);
            } else if (candidates.size() <= inputs.size()) {
                break;
            }
        }
        return List.copyOf(inputs);
    }

    /** {@code stage} and the non-terminal stages reading only from it. */
    private static List<Integer> siblings(List<Stage> stages, int stage) {
        List<Integer> siblings = new ArrayList<>(List.of(stage));
        for (int i = stage + 1; i < stages.size(); i++) {
            if (!stages.get(i).kind().terminal() && stages.get(i).from().equals(List.of(stage))) {
                siblings.add(i);
            }
        }
        return siblings;
    }

    /** Adds a sink (now and then an asynchronous one) below every stage nobody consumes. */
    private static void sinkLeaves(List<Stage> stages, Random random, boolean keyed) {
        int size = stages.size();
        for (int i = 0; i < size; i++) {
            if (stages.get(i).kind().terminal()) {
                continue;
            }
            boolean consumed = false;
            for (Stage stage : stages) {
                consumed |= stage.from().contains(i);
            }
            if (!consumed) {
                boolean async = !keyed && random.nextInt(5) == 0; // asynchronous sinks are refused with keys
                stages.add(new Stage(async ? Kind.ASYNC_SINK : Kind.SINK, List.of(i), 0, 0));
            }
        }
    }

    // ---------------------------------------------------------------- shrinking

    private static List<Case> shrinkCase(Case c) {
        List<Case> candidates = new ArrayList<>();
        for (int k = c.stages().size() - 1; k >= 0; k--) {
            candidates.add(withoutStage(c, k));
        }
        for (List<Call> calls : Shrinks.list(c.calls(), RandomPipeline::smallerCalls)) {
            candidates.add(new Case(c.stages(), c.futures(), calls));
        }
        if (c.futures()) {
            candidates.add(new Case(c.stages(), false, c.calls()));
        }
        for (int k = 0; k < c.stages().size(); k++) {
            Stage stage = c.stages().get(k);
            for (int p : Shrinks.integer(stage.p())) {
                candidates.add(replaced(c, k, new Stage(stage.kind(), stage.from(), p, stage.q())));
            }
            for (int q : Shrinks.integer(stage.q())) {
                candidates.add(replaced(c, k, new Stage(stage.kind(), stage.from(), stage.p(), q)));
            }
            for (int drop = 0; stage.from().size() > 2 && drop < stage.from().size(); drop++) {
                List<Integer> fewer = new ArrayList<>(stage.from());
                fewer.remove(drop);
                candidates.add(replaced(c, k, new Stage(stage.kind(), List.copyOf(fewer), stage.p(), stage.q())));
            }
        }
        return candidates;
    }

    private static List<Call> smallerCalls(Call call) {
        List<Call> smaller = new ArrayList<>();
        for (int value : Shrinks.integer(call.value())) {
            smaller.add(new Call(call.source(), value, call.advanceMs()));
        }
        if (call.advanceMs() > 0) {
            smaller.add(new Call(call.source(), call.value(), 0));
        }
        return smaller;
    }

    private static Case replaced(Case c, int k, Stage stage) {
        List<Stage> stages = new ArrayList<>(c.stages());
        stages.set(k, stage);
        return new Case(List.copyOf(stages), c.futures(), c.calls());
    }

    /**
     * Without stage {@code k}: its consumers take its first input instead, calls of a removed
     * source go; null if a consumer of a removed source is left without input.
     */
    private static Case withoutStage(Case c, int k) {
        Stage removed = c.stages().get(k);
        int replacement = removed.from().isEmpty() ? -1 : removed.from().get(0);
        List<Stage> kept = new ArrayList<>();
        for (int i = 0; i < c.stages().size(); i++) {
            if (i == k) {
                continue;
            }
            Stage stage = c.stages().get(i);
            List<Integer> from = new ArrayList<>();
            for (int input : stage.from()) {
                int rewired = input == k ? replacement : input;
                if (rewired < 0) {
                    return null; // a consumer of a removed source: no smaller valid case this way
                }
                from.add(rewired > k ? rewired - 1 : rewired);
            }
            kept.add(new Stage(stage.kind(), List.copyOf(from), stage.p(), stage.q()));
        }
        List<Call> calls = new ArrayList<>();
        int sourcesBefore = (int) c.stages().subList(0, k).stream()
                .filter(stage -> stage.kind() == Kind.SOURCE)
                .count();
        for (Call call : c.calls()) {
            if (removed.kind() != Kind.SOURCE) {
                calls.add(call);
            } else if (call.source() != sourcesBefore) {
                calls.add(new Call(
                        call.source() > sourcesBefore ? call.source() - 1 : call.source(),
                        call.value(),
                        call.advanceMs()));
            }
        }
        return new Case(List.copyOf(kept), c.futures(), List.copyOf(calls));
    }
}
