package io.streamz.engine;

/** Why a stage registers per-key timers. */
public enum TimerKind {
    /** Elements fall due one by one ({@code delay}, {@code rateLimit}, partition timeouts). */
    DUE,
    /** A window closes at the end of its interval ({@code timedWindow}). */
    WINDOW
}
