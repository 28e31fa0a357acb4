package org.jakstat.core.fit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Certified values of the NIST StRD nonlinear regression datasets (files copied unchanged from
 * shared/reference-data/nist-strd; certified parameters and standard deviations are in each file's header)
 * reproduced by {@link LevenbergMarquardtSolver} + {@link ParameterInference} from both NIST starting points.
 * Accuracy is NIST's log relative error LRE = -log10(|estimate - certified| / |certified|); the bar is
 * LRE >= 6 for every parameter and every standard error, with one stated exception:
 *
 * <p><b>Lanczos1 standard errors</b> (reached: LRE ~2.9). Lanczos1 is generated exactly from its model, so its
 * certified RSS (1.4307867721E-25) is the round-off residue of 13-digit data; its certified SEs scale with
 * {@code sqrt(RSS)}. In double precision each residual (~9e-14) is computed from responses of size ~2.5 whose
 * own rounding is ~2.2e-16 * 2.5 = 5.5e-16, i.e. ~0.6 % of the residual, so no IEEE-754 double computation can
 * reproduce sqrt(RSS), and hence the SEs, to more than 2-3 digits. NIST certified these values with 128-bit
 * arithmetic. The parameters themselves are reproduced to LRE >= 10 and are asserted at the full bar.
 */
class NistStrdTest {

    private static final double REQUIRED_LRE = 6.0;
    /** See the class comment: Lanczos1's SEs are limited by double-precision round-off of its RSS. */
    private static final double LANCZOS1_SE_LRE = 2.5;

    static Stream<Arguments> problems() {
        Object[][] files = {
            {"Misra1a", NistModel.SATURATING_EXPONENTIAL}, {"BoxBOD", NistModel.SATURATING_EXPONENTIAL},
            {"Rat42", NistModel.RAT42}, {"Rat43", NistModel.RAT43}, {"MGH09", NistModel.MGH09},
            {"MGH10", NistModel.MGH10}, {"MGH17", NistModel.MGH17}, {"Lanczos1", NistModel.LANCZOS},
            {"Thurber", NistModel.THURBER}, {"Eckerle4", NistModel.ECKERLE4}, {"Bennett5", NistModel.BENNETT5},
        };
        return Stream.of(files).flatMap(f -> Stream.of(Arguments.of(f[0], f[1], 0), Arguments.of(f[0], f[1], 1)));
    }

    @ParameterizedTest(name = "{0} from start {2}+1")
    @MethodSource("problems")
    void reproducesCertifiedParametersAndStandardErrors(String file, NistModel model, int start) throws IOException {
        NistDataset d = NistDataset.load(file, model);
        LevenbergMarquardtSolver solver = new LevenbergMarquardtSolver(SolverOptions.defaults()
                .withMaxIterations(20_000));
        LeastSquaresSolution s = solver.solve(d.problem(start));
        ParameterInference inf = ParameterInference.at(d.problem(start), s.parameters(), 0.95);
        double minParam = 11;
        double minSe = 11;
        for (int j = 0; j < d.certified().length; j++) {
            minParam = Math.min(minParam, NistDataset.logRelativeError(s.parameters()[j], d.certified()[j]));
            minSe = Math.min(minSe, NistDataset.logRelativeError(inf.estimates().get(j).standardError(),
                    d.certifiedSd()[j]));
        }
        System.out.printf(Locale.ROOT, "NIST %-9s start %d: status=%s iterations=%d min LRE params=%.1f SEs=%.1f%n",
                file, start + 1, s.status(), s.iterations(), minParam, minSe);
        assertTrue(minParam >= REQUIRED_LRE, file + " start " + (start + 1) + " parameter LRE " + minParam);
        double seBar = file.equals("Lanczos1") ? LANCZOS1_SE_LRE : REQUIRED_LRE;
        assertTrue(s.status().isConverged(), file + " start " + (start + 1) + " " + s.status());
        assertTrue(minSe >= seBar, file + " start " + (start + 1) + " SE LRE " + minSe);
    }
}
