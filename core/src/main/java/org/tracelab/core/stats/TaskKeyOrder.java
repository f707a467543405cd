package org.tracelab.core.stats;

import java.util.Comparator;

/**
 * The order of task keys in every table and in every resampling: numerically when both keys are whole numbers
 * (IFEval's keys: 2 before 10), else by text. A fixed order is what makes the seeded bootstrap reproducible.
 */
public final class TaskKeyOrder {

    public static final Comparator<String> ORDER = TaskKeyOrder::compare;

    private TaskKeyOrder() {}

    private static int compare(String a, String b) {
        boolean numericA = isNumber(a);
        boolean numericB = isNumber(b);
        if (numericA && numericB) {
            int byLength = Integer.compare(stripZeros(a).length(), stripZeros(b).length());
            int byDigits = byLength != 0 ? byLength : stripZeros(a).compareTo(stripZeros(b));
            return byDigits != 0 ? byDigits : a.compareTo(b);
        }
        if (numericA != numericB) {
            return numericA ? -1 : 1;
        }
        return a.compareTo(b);
    }

    private static boolean isNumber(String key) {
        if (key.isEmpty() || key.length() > 1000) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String stripZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }
}
