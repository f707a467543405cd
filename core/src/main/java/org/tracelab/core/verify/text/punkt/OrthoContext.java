package org.tracelab.core.verify.text.punkt;

/** Flags for where (sentence start, middle, unknown) and in which case a word type was seen in training. */
final class OrthoContext {

    static final int BEG_UC = 1 << 1;
    static final int MID_UC = 1 << 2;
    static final int UNK_UC = 1 << 3;
    static final int BEG_LC = 1 << 4;
    static final int MID_LC = 1 << 5;
    static final int UNK_LC = 1 << 6;
    static final int UC = BEG_UC | MID_UC | UNK_UC;
    static final int LC = BEG_LC | MID_LC | UNK_LC;

    private OrthoContext() {}
}
