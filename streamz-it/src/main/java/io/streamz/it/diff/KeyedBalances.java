package io.streamz.it.diff;

import io.streamz.annotations.Accumulate;
import io.streamz.annotations.KeyBy;
import io.streamz.annotations.Pipeline;
import io.streamz.annotations.Sink;
import io.streamz.annotations.Source;

/**
 * Per-account balances in a {@code long}, an {@code int} and a {@code double} cell, each starting
 * from a start method that is not 0: a balance that comes back to exactly 0 stays 0 (the start is
 * for a key without state, not for a state that reads 0).
 */
@Pipeline
public interface KeyedBalances {
    record Move(String account, int amount) {}

    @Source
    void moves(Move move);

    @KeyBy(key = "account")
    Move byAccount(Move move);

    default String account(Move move) {
        return move.account();
    }

    @Accumulate(start = "opening")
    default long balance(long balance, Move move) {
        return balance + move.amount();
    }

    default long opening() {
        return 100L;
    }

    @Sink
    void balances(long balance);

    @Accumulate(from = "byAccount", start = "openingInt")
    default int intBalance(int balance, Move move) {
        return balance + move.amount();
    }

    default int openingInt() {
        return 100;
    }

    @Sink
    void intBalances(int balance);

    @Accumulate(from = "byAccount", start = "openingDouble")
    default double doubleBalance(double balance, Move move) {
        return balance + move.amount();
    }

    default double openingDouble() {
        return 100.0;
    }

    @Sink
    void doubleBalances(double balance);
}
