package io.streamz.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Re-keys the stream, like Flink's {@code keyBy}. Expected shape: abstract, parameter {@code T},
 * returns {@code T}: {@code @KeyBy(key = "customer") Order byCustomer(Order order);} with
 * {@code default String customer(Order order)} computing the key. Every stage downstream of it, up
 * to the next {@code @KeyBy}, keeps its state per key (a key scope), locally too: each customer
 * gets its own accumulator, unique history, window and timers. Joins and unions merge the scopes
 * of their inputs, whose key types must be the same.
 *
 * <p>Locally the element goes on at once, with its key set; on a distributed engine a
 * {@code @KeyBy} is a repartition (an exchange). See {@code docs/keys-and-engines.md}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface KeyBy {
    /** {@return the upstream stage; empty means the stage declared just before this one} */
    String from() default "";

    /** {@return a default method {@code K key(T element)} of the pipeline returning the element's key (required)} */
    String key() default "";
}
