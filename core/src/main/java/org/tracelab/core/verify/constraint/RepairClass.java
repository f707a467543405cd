package org.tracelab.core.verify.constraint;

/**
 * How {@code full_pcl} repairs a broken constraint of this type: {@link #LOCAL} rules are patched (the model
 * edits its previous answer minimally), {@link #STRUCTURAL} ones are regenerated (the model answers afresh,
 * told what failed), since fixing them changes the shape of the whole answer.
 */
public enum RepairClass {
    LOCAL,
    STRUCTURAL
}
