options(digits=12)
library(minpack.lm)
# References are refined with MINPACK's Levenberg-Marquardt (minpack.lm::nlsLM) at ftol = ptol = 1e-15:
# nls's default tol = 1e-5 leaves ~1e-5 SE of slack, too loose for a 1e-6 reference, and nls cannot go tighter.
ctl <- nls.lm.control(ftol = 1e-15, ptol = 1e-15, maxiter = 1000)
cat("R", R.version.string, "\n")
# 1. R's ?SSfpl example: ChickWeight chick 1
Chick.1 <- ChickWeight[ChickWeight$Chick == 1, ]
fm0 <- nls(weight ~ SSfpl(Time, A, B, xmid, scal), data = Chick.1)  # as in R's ?SSfpl example
# refined from there with a tight tolerance (nls's default tol = 1e-5 is too loose for a reference)
fm1 <- nlsLM(weight ~ A + (B-A)/(1+exp((xmid-Time)/scal)), data = Chick.1, start = coef(fm0), control = ctl)
print(summary(fm1)$coefficients); cat("RSS", deviance(fm1), "\n")
# weighted 1/Y^2
fmw <- nlsLM(weight ~ A + (B-A)/(1+exp((xmid-Time)/scal)), data = Chick.1, start = coef(fm0), weights = 1/weight^2, control = ctl)
print(summary(fmw)$coefficients); cat("wRSS", deviance(fmw), "\n")
# 2. root-length data with six zero-dose controls (typed for the test), conc unit uM
rootl <- c(7.58,8,8.328571,7.25,7.375,7.9625,8.355556,6.914286,7.75,6.871429,6.45,5.922222,1.925,2.885714,4.233333,1.186667,0.85,0.7142857,0.9833333,0.5,0.6,0.5,0.5,0.5)
conc <- c(0,0,0,0,0,0,0.94,0.94,0.94,1.88,1.88,1.88,3.75,3.75,3.75,7.5,7.5,7.5,15,15,15,30,30,30)
f4 <- nlsLM(rootl ~ c + (d-c)/(1+exp(b*(log(conc)-log(e)))), start=list(b=2,c=0.5,d=8,e=3), control = ctl)
print(summary(f4)$coefficients); cat("RSS4", deviance(f4), "df", df.residual(f4), "\n")
f4n <- nls(rootl ~ c + (d-c)/(1+exp(b*(log(conc)-log(e)))), start=coef(f4))  # nls object for profiling
print(confint(f4n, "e", level=0.95))
# 3PL: c fixed at 0
f3 <- nlsLM(rootl ~ 0 + (d-0)/(1+exp(b*(log(conc)-log(e)))), start=list(b=2,d=8,e=3), control = ctl)
print(summary(f3)$coefficients); cat("RSS3", deviance(f3), "df", df.residual(f3), "\n")
print(anova(f3, f4))
# 5PL, Prism form in X = log10(conc in M)
X <- log10(conc*1e-6)
f5 <- nlsLM(rootl ~ B + (T-B)/(1+10^((L + log10(2^(1/S)-1)/H - X)*H))^S, start=list(B=0.5,T=7.8,L=log10(3e-6),H=-3,S=1), control = ctl)
print(summary(f5)$coefficients); cat("RSS5", deviance(f5), "df", df.residual(f5), "\n")
