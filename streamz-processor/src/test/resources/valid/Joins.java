package valid;

import io.streamz.annotations.*;
import java.util.List;

/** Zip (abstract and default), combineLatest with emitOn, zipLatest and union. */
@Pipeline
public interface Joins {
    @Source void names(String name);
    @Source void ages(int age);
    @Zip(from = {"names", "ages"}) List<Object> pairs(String name, int age);
    @Sink void outPairs(List<Object> pair);
    @Zip(from = {"names", "ages"}) default String person(String name, int age) { return name + " " + age; }
    @Sink void outPeople(String person);
    @CombineLatest(from = {"names", "ages"}, emitOn = "ages") List<Object> latest(String name, int age);
    @Sink void outLatest(List<Object> latest);
    @ZipLatest(from = {"ages", "names"}) List<Object> lossless(int age, String name);
    @Sink void outLossless(List<Object> tuple);
    @Map(from = "ages") default String ageText(int age) { return "" + age; }
    @Union(from = {"names", "ageText"}) String all(String text);
    @Sink void outAll(String text);
}
