package org.jakstat.core.fit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A NIST StRD nonlinear regression file parsed from the test resources (copies of
 * shared/reference-data/nist-strd; CRLF or LF). Layout per NIST: parameter lines {@code bN = start1 start2
 * certified sd}, then {@code Data: y x} and the data rows.
 */
record NistDataset(String name, NistModel model, double[][] starts, double[] certified, double[] certifiedSd,
                   double certifiedRss, double[] x, double[] y) {

    private static final Pattern PARAM = Pattern.compile(
            "^\\s*b\\d+\\s*=\\s*(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s*$");
    private static final Pattern RSS = Pattern.compile("^Residual Sum of Squares:\\s*(\\S+)\\s*$");

    static NistDataset load(String name, NistModel model) throws IOException {
        String text;
        try (InputStream in = NistDataset.class.getResourceAsStream("/nist-strd/" + name + ".dat")) {
            if (in == null) {
                throw new IOException("missing resource nist-strd/" + name + ".dat");
            }
            text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        List<double[]> params = new ArrayList<>();
        List<double[]> data = new ArrayList<>();
        double rss = Double.NaN;
        boolean inData = false;
        for (String raw : text.split("\r?\n")) {
            String line = raw.strip();
            if (inData) {
                if (!line.isEmpty()) {
                    String[] t = line.split("\\s+");
                    data.add(new double[] {Double.parseDouble(t[0]), Double.parseDouble(t[1])});
                }
                continue;
            }
            Matcher m = PARAM.matcher(raw);
            if (m.matches()) {
                params.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                    Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4))});
            }
            Matcher r = RSS.matcher(line);
            if (r.matches()) {
                rss = Double.parseDouble(r.group(1));
            }
            if (line.matches("Data:\\s+y\\s+x")) {
                inData = true;
            }
        }
        int p = params.size();
        double[][] starts = new double[2][p];
        double[] cert = new double[p];
        double[] sd = new double[p];
        for (int j = 0; j < p; j++) {
            starts[0][j] = params.get(j)[0];
            starts[1][j] = params.get(j)[1];
            cert[j] = params.get(j)[2];
            sd[j] = params.get(j)[3];
        }
        double[] x = new double[data.size()];
        double[] y = new double[data.size()];
        for (int i = 0; i < data.size(); i++) {
            y[i] = data.get(i)[0];
            x[i] = data.get(i)[1];
        }
        return new NistDataset(name, model, starts, cert, sd, rss, x, y);
    }

    RegressionProblem problem(int start) {
        return RegressionProblem.unweighted(model, x, y, starts[start]);
    }

    /** Log relative error (NIST's LRE), capped at 11 certified digits. */
    static double logRelativeError(double estimate, double certified) {
        if (estimate == certified) {
            return 11;
        }
        double rel = Math.abs(estimate - certified) / Math.abs(certified);
        return Double.isNaN(rel) ? 0 : Math.min(11, -Math.log10(rel));
    }
}
