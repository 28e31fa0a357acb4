package org.jakstat.core.timecourse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Splits the input rows into subjects (a subject within a group, in order of first appearance) and reduces each
 * to a {@link SignalProfile}. Bad data is handled and written down, never dropped silently: rows without a time,
 * response or background value are listed in the notes; unsorted times are sorted (noted); duplicate post-dose
 * times are averaged (noted: replicate wells or repeat draws are common, and one value per time keeps the curve a
 * function); pre-dose rows are averaged into the baseline by definition. A subject without an id, without usable
 * rows, with a single usable row, without a pre-dose row or without a post-dose row is flagged with its reason.
 */
final class SubjectSamples {

    /** At most this many row sources are listed in one note. */
    private static final int LISTED_SOURCES = 5;

    private SubjectSamples() {
    }

    /**
     * @param samples the input rows, in input order
     * @param unit the time unit, for notes
     * @return one profile per subject within group, in order of first appearance
     */
    static List<SignalProfile> collect(final List<PdSample> samples, final TimeUnit unit) {
        Map<List<String>, List<PdSample>> bySubject = new LinkedHashMap<>();
        for (PdSample s : samples) {
            bySubject.computeIfAbsent(List.of(s.group(), s.subject()), k -> new ArrayList<>()).add(s);
        }
        List<SignalProfile> profiles = new ArrayList<>();
        bySubject.forEach((key, rows) -> profiles.add(profile(key.get(0), key.get(1), rows, unit)));
        return profiles;
    }

    private static SignalProfile profile(final String group, final String subject, final List<PdSample> rows,
        final TimeUnit unit) {
        List<String> notes = new ArrayList<>();
        double dose = dose(rows, notes);
        if (subject.isEmpty()) {
            String why = rows.size() + " row(s) without a subject id: " + sources(rows);
            return flagged(group, subject, dose, notes, rows.size(), SubjectStatus.NO_SUBJECT_ID, why);
        }
        List<PdSample> usable = usable(rows, notes);
        if (usable.isEmpty()) {
            return flagged(group, subject, dose, notes, rows.size(), SubjectStatus.NO_USABLE_SAMPLES,
                "no row with a usable time and response");
        }
        if (!isSorted(usable)) {
            notes.add("times were not in ascending order: sorted");
            usable.sort(Comparator.comparingDouble(PdSample::time));
        }
        if (usable.size() == 1) {
            return flagged(group, subject, dose, notes, rows.size(), SubjectStatus.SINGLE_SAMPLE,
                "a single usable sample (time " + NumberText.time(usable.get(0).time(), unit)
                    + "): a time course needs a pre-dose baseline (time <= 0) and a sample after the dose");
        }
        List<PdSample> pre = usable.stream().filter(s -> s.time() <= 0).toList();
        List<PdSample> post = usable.stream().filter(s -> s.time() > 0).toList();
        if (pre.isEmpty()) {
            return flagged(group, subject, dose, notes, rows.size(), SubjectStatus.NO_BASELINE,
                "no pre-dose sample (time <= 0): no baseline");
        }
        double baseline = pre.stream().mapToDouble(PdSample::signal).average().getAsDouble();
        if (pre.size() > 1) {
            notes.add("baseline = mean of " + pre.size() + " pre-dose samples");
        }
        if (post.isEmpty()) {
            return new SignalProfile(group, subject, dose, notes, rows.size(), SubjectStatus.NO_POST_DOSE_DATA,
                "no sample after the dose (time > 0)", baseline, pre.size(), new double[0], new double[0], new int[0]);
        }
        return postDose(group, subject, dose, notes, rows.size(), baseline, pre.size(), post, unit);
    }

    private static SignalProfile postDose(final String group, final String subject, final double dose,
        final List<String> notes, final int rows, final double baseline, final int baselineSamples,
        final List<PdSample> post, final TimeUnit unit) {
        List<Double> times = new ArrayList<>();
        List<Double> signals = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        int i = 0;
        while (i < post.size()) {
            double t = post.get(i).time();
            double sum = 0;
            int n = 0;
            for (; i < post.size() && post.get(i).time() == t; i++) {
                sum += post.get(i).signal();
                n++;
            }
            if (n > 1) {
                notes.add(n + " samples at " + NumberText.time(t, unit) + " averaged");
            }
            times.add(t);
            signals.add(sum / n);
            counts.add(n);
        }
        return new SignalProfile(group, subject, dose, notes, rows, SubjectStatus.OK, "", baseline, baselineSamples,
            times.stream().mapToDouble(Double::doubleValue).toArray(),
            signals.stream().mapToDouble(Double::doubleValue).toArray(),
            counts.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Keeps the rows with a finite time, response and background; notes the others by reason. */
    private static List<PdSample> usable(final List<PdSample> rows, final List<String> notes) {
        List<PdSample> usable = new ArrayList<>();
        List<PdSample> noTime = new ArrayList<>();
        List<PdSample> noResponse = new ArrayList<>();
        List<PdSample> noBackground = new ArrayList<>();
        for (PdSample s : rows) {
            if (!Double.isFinite(s.time())) {
                noTime.add(s);
            } else if (!Double.isFinite(s.response())) {
                noResponse.add(s);
            } else if (!Double.isFinite(s.background())) {
                noBackground.add(s);
            } else {
                usable.add(s);
            }
        }
        note(notes, noTime, "without a time");
        note(notes, noResponse, "without a response");
        note(notes, noBackground, "without an unstimulated (background) value");
        return usable;
    }

    private static void note(final List<String> notes, final List<PdSample> rows, final String what) {
        if (!rows.isEmpty()) {
            notes.add(rows.size() + " row(s) " + what + " not used: " + sources(rows));
        }
    }

    /** The dose all rows agree on; NaN (with a note) when they disagree, NaN when none is given. */
    private static double dose(final List<PdSample> rows, final List<String> notes) {
        TreeSet<Double> doses = new TreeSet<>();
        rows.stream().mapToDouble(PdSample::dose).filter(Double::isFinite).forEach(doses::add);
        if (doses.size() > 1) {
            notes.add("rows give different doses (" + String.join(", ", doses.stream().map(NumberText::of).toList())
                + "): no dose for the dose-response fit");
            return Double.NaN;
        }
        return doses.isEmpty() ? Double.NaN : doses.first();
    }

    private static boolean isSorted(final List<PdSample> rows) {
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).time() < rows.get(i - 1).time()) {
                return false;
            }
        }
        return true;
    }

    private static String sources(final List<PdSample> rows) {
        List<String> names = rows.stream().limit(LISTED_SOURCES).map(PdSample::source).toList();
        String more = rows.size() > LISTED_SOURCES ? " and " + (rows.size() - LISTED_SOURCES) + " more" : "";
        return String.join(", ", names) + more;
    }

    private static SignalProfile flagged(final String group, final String subject, final double dose,
        final List<String> notes, final int rows, final SubjectStatus status, final String reason) {
        return new SignalProfile(group, subject, dose, notes, rows, status, reason, Double.NaN, 0, new double[0],
            new double[0], new int[0]);
    }
}
