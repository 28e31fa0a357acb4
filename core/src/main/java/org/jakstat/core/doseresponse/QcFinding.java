package org.jakstat.core.doseresponse;

/**
 * One raised QC flag with the reason a scientist reads.
 *
 * @param flag   the flag
 * @param reason why, with the numbers that triggered it
 */
public record QcFinding(QcFlag flag, String reason) {

    /** Validates non-null flag and non-blank reason. */
    public QcFinding {
        if (flag == null || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a finding needs a flag and a reason");
        }
    }
}
