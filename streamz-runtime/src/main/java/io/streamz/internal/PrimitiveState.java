package io.streamz.internal;

/**
 * Marks the function of an interpreted twin's accumulate without a start whose state is a
 * primitive in the pipeline interface: its first element becomes that state, so a {@code null}
 * first element is rejected (as the fused class rejects it) instead of becoming a state no later
 * call can unbox. Called by generated code, not API.
 */
public interface PrimitiveState {
    /** The primitive type of the state, as declared: {@code int}, {@code long}, ... */
    String stateType();

    /** The message of the {@link NullPointerException} a {@code null} first element raises. */
    static String nullFirstElement(String stateType) {
        String article = stateType.equals("int") ? "an " : "a ";
        return "the first element becomes the state, " + article + stateType + ", and cannot be null";
    }
}
