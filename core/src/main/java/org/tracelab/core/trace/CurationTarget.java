package org.tracelab.core.trace;

/** What a curation decision is about: a whole chain (SFT/KTO) or a chosen/rejected attempt pair (DPO). */
public sealed interface CurationTarget {

    /** A stored chain, by id. */
    record ChainTarget(long chainId) implements CurationTarget {}

    /** Two stored attempts, by id: the preferred one and the one it is preferred to. */
    record PairTarget(long chosenAttemptId, long rejectedAttemptId) implements CurationTarget {

        public PairTarget {
            if (chosenAttemptId == rejectedAttemptId) {
                throw new IllegalArgumentException("a pair needs two different attempts");
            }
        }
    }
}
