package com.acme;

import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;
import io.streamz.annotations.Zip;
import java.util.List;

/** zip as tuples, and zip with a default method combining the members (zip then map, fused). */
@Pipeline
public interface Pairs {
    @Source void names(String name);

    @Source void ages(int age);

    @Zip(from = {"names", "ages"}) List<Object> pairs(String name, int age);

    @Sink void tuples(List<Object> pair);

    @Zip(from = {"names", "ages"}) default String describe(String name, int age) {
        return name + " is " + age;
    }

    @Sink void descriptions(String description);
}
