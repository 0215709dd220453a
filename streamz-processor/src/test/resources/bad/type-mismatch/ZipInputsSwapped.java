package bad;

import io.streamz.annotations.*;

@Pipeline
public interface ZipInputsSwapped {
    @Source void names(String name);
    @Source void ages(int age);
    @Zip(from = {"names", "ages"}) default String person(int age, // ERROR streamz.type-mismatch
            String name) { // ERROR streamz.type-mismatch
        return name + age;
    }
    @Sink void out(String person);
}
