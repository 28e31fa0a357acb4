package org.jakstat.core.fit;

import java.util.List;

/** The NIST StRD nonlinear models of the copied files, each with its analytic gradient. */
enum NistModel implements ParametricModel {
    /** y = b1*(1-exp[-b2*x]) (Misra1a and BoxBOD). */
    SATURATING_EXPONENTIAL(2) {
        @Override
        public double valueAndGradient(double x, double[] b, double[] g) {
            double e = Math.exp(-b[1] * x);
            g[0] = 1 - e;
            g[1] = b[0] * x * e;
            return b[0] * (1 - e);
        }
    },
    /** Rat42: y = b1 / (1+exp[b2-b3*x]). */
    RAT42(3) {
        @Override
        public double valueAndGradient(double x, double[] b, double[] g) {
            double e = Math.exp(b[1] - b[2] * x);
            double d = 1 + e;
            g[0] = 1 / d;
            g[1] = -b[0] * e / (d * d);
            g[2] = b[0] * x * e / (d * d);
            return b[0] / d;
        }
    },
    /** Rat43: y = b1 / ((1+exp[b2-b3*x])**(1/b4)). */
    RAT43(4) {
        @Override
        public double valueAndGradient(double x, double[] b, double[] g) {
            double e = Math.exp(b[1] - b[2] * x);
            double d = 1 + e;
            double f = b[0] * Math.pow(d, -1 / b[3]);
            g[0] = f / b[0];
            g[1] = -f / b[3] * e / d;
            g[2] = f / b[3] * x * e / d;
            g[3] = f * Math.log(d) / (b[3] * b[3]);
            return f;
        }
    },
    /** MGH09: y = b1*(x**2+x*b2) / (x**2+x*b3+b4). */
    MGH09(4) {
        @Override
        public double valueAndGradient(double x, double[] b, double[] g) {
            double num = x * x + x * b[1];
            double den = x * x + x * b[2] + b[3];
            double f = b[0] * num / den;
            g[0] = num / den;
            g[1] = b[0] * x / den;
            g[2] = -f * x / den;
            g[3] = -f / den;
            return f;
        }
    },
    /** MGH10: y = b1 * exp[b2/(x+b3)]. */
    MGH10(3) {
        @Override
        public double valueAndGradient(double x, double[] b, double[] g) {
            double e = Math.exp(b[1] / (x + b[2]));
            double f = b[0] * e;
            g[0] = e;
            g[1] = f / (x + b[2]);
            g[2] = -f * b[1] / ((x + b[2]) * (x + b[2]));
            return f;
        }
    },
    /** MGH17: y = b1 + b2*exp[-x*b4] + b3*exp[-x*b5]. */
    MGH17(5) {
        @Override
        public double valueAndGradient(double x, double[] b, double[] g) {
            double e4 = Math.exp(-x * b[3]);
            double e5 = Math.exp(-x * b[4]);
            g[0] = 1;
            g[1] = e4;
            g[2] = e5;
            g[3] = -x * b[1] * e4;
            g[4] = -x * b[2] * e5;
            return b[0] + b[1] * e4 + b[2] * e5;
        }
    },
    /** Lanczos1: y = b1*exp(-b2*x) + b3*exp(-b4*x) + b5*exp(-b6*x). */
    LANCZOS(6) {
        @Override
        public double valueAndGradient(double x, double[] b, double[] g) {
            double f = 0;
            for (int m = 0; m < 3; m++) {
                double e = Math.exp(-b[2 * m + 1] * x);
                g[2 * m] = e;
                g[2 * m + 1] = -x * b[2 * m] * e;
                f += b[2 * m] * e;
            }
            return f;
        }
    },
    /** Thurber: rational cubic over cubic. */
    THURBER(7) {
        @Override
        public double valueAndGradient(double x, double[] b, double[] g) {
            double x2 = x * x;
            double x3 = x2 * x;
            double num = b[0] + b[1] * x + b[2] * x2 + b[3] * x3;
            double den = 1 + b[4] * x + b[5] * x2 + b[6] * x3;
            double f = num / den;
            g[0] = 1 / den;
            g[1] = x / den;
            g[2] = x2 / den;
            g[3] = x3 / den;
            g[4] = -f * x / den;
            g[5] = -f * x2 / den;
            g[6] = -f * x3 / den;
            return f;
        }
    },
    /** Eckerle4: y = (b1/b2) * exp[-0.5*((x-b3)/b2)**2]. */
    ECKERLE4(3) {
        @Override
        public double valueAndGradient(double x, double[] b, double[] g) {
            double z = (x - b[2]) / b[1];
            double e = Math.exp(-0.5 * z * z);
            double f = b[0] / b[1] * e;
            g[0] = e / b[1];
            g[1] = f * (z * z - 1) / b[1];
            g[2] = f * z / b[1];
            return f;
        }
    },
    /** Bennett5: y = b1 * (b2+x)**(-1/b3). */
    BENNETT5(3) {
        @Override
        public double valueAndGradient(double x, double[] b, double[] g) {
            double base = b[1] + x;
            double f = b[0] * Math.pow(base, -1 / b[2]);
            g[0] = f / b[0];
            g[1] = -f / (b[2] * base);
            g[2] = f * Math.log(base) / (b[2] * b[2]);
            return f;
        }
    };

    private final int parameterCount;

    NistModel(int parameterCount) {
        this.parameterCount = parameterCount;
    }

    @Override
    public List<String> parameterNames() {
        String[] names = new String[parameterCount];
        for (int j = 0; j < parameterCount; j++) {
            names[j] = "b" + (j + 1);
        }
        return List.of(names);
    }

    @Override
    public double value(double x, double[] parameters) {
        return valueAndGradient(x, parameters, new double[parameterCount]);
    }
}
