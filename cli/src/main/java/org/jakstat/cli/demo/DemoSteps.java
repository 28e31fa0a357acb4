package org.jakstat.cli.demo;

import java.io.IOException;
import java.nio.file.Path;

import org.jakstat.cli.MalformedInputException;

/**
 * The demo's steps, run in the order a user chains the nodes: each step's results feed the next ones.
 *
 * @param fits step 1, the kinase curves
 * @param selectivity step 2a, the selectivity profile of the fitted IC50s
 * @param coverage step 2b, exposure and cytokine pathway coverage
 * @param timeCourse step 3, the pSTAT3 time course
 * @param pkpd step 4, the PK/PD fit to step 3's inhibition
 * @param biomarkers step 5, the weekly biomarkers
 */
record DemoSteps(KinaseFitStep fits, SelectivityStep selectivity, CoverageStep coverage,
    PdTimeCourseStep timeCourse, PkPdFitStep pkpd, BiomarkerStep biomarkers) {

    /** Labels of the steps for the progress bar, in order. */
    static final String[] LABELS = {"fitting the kinase curves", "scoring selectivity",
        "simulating exposure, pathway coverage", "analysing the pSTAT3 time course", "fitting the PK/PD model",
        "summarising the biomarkers"};

    /**
     * @param in the inputs
     * @param out the output folder
     * @param progress advanced once per step
     * @return every step's results
     * @throws IOException when a file cannot be read or written
     * @throws MalformedInputException when an input is not in the example's format
     */
    static DemoSteps run(final DemoInputs in, final Path out, final TerminalProgress progress)
        throws IOException, MalformedInputException {
        progress.step(LABELS[0]);
        KinaseFitStep fits = KinaseFitStep.run(in.kinasePanel(), out);
        progress.step(LABELS[1]);
        SelectivityStep selectivity = SelectivityStep.run(in.compound(), fits.fits(), out);
        progress.step(LABELS[2]);
        CoverageStep coverage = CoverageStep.run(in.compound(), selectivity.profile(), out);
        progress.step(LABELS[3]);
        PdTimeCourseStep timeCourse = PdTimeCourseStep.run(in.pstat3(), out);
        progress.step(LABELS[4]);
        PkPdFitStep pkpd = PkPdFitStep.run(timeCourse.analysis(), out);
        progress.step(LABELS[5]);
        BiomarkerStep biomarkers = BiomarkerStep.run(in.biomarkers(), out);
        return new DemoSteps(fits, selectivity, coverage, timeCourse, pkpd, biomarkers);
    }
}
