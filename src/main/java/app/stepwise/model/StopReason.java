package app.stepwise.model;

/** Why a generation ended. */
public enum StopReason {
    /** The model wrote its end token (or a stop token the caller asked for). */
    END_TOKEN,
    /** It wrote the most tokens the caller allowed. */
    MAX_TOKENS,
    /** Its time budget ran out. */
    TIME_BUDGET,
    /** The caller cancelled it. */
    CANCELLED
}
