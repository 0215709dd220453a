package bad;

import io.streamz.annotations.*;

import java.util.List;

@Pipeline
public interface DefaultGeneratedStages {
    @Source void emit(List<String> words);
    @Flatten default String each(List<String> words) { return words.get(0); } // ERROR streamz.stage-must-be-abstract
    @Unique(from = "emit") default List<String> distinct(List<String> words) { return words; } // ERROR streamz.stage-must-be-abstract
    @Partition(value = 2, from = "emit") default List<List<String>> pairs(List<String> w) { return List.of(w); } // ERROR streamz.stage-must-be-abstract
    @SlidingWindow(value = 2, from = "emit") default List<List<String>> windows(List<String> w) { return List.of(w); } // ERROR streamz.stage-must-be-abstract
    @Union(from = {"emit", "distinct"}) default List<String> both(List<String> w) { return w; } // ERROR streamz.stage-must-be-abstract
    @Sink(from = "each") void out(String word);
}
