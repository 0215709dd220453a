package io.streamz;

/** Throws a checked exception without declaring it, as Kotlin, Lombok's @SneakyThrows or Unsafe.throwException do. */
final class Sneaky {
    private Sneaky() {}

    static RuntimeException sneakyThrow(Throwable failure) {
        throw Sneaky.<RuntimeException>typed(failure);
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E typed(Throwable failure) throws E {
        throw (E) failure;
    }
}
