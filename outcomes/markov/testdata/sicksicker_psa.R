# Peer timing for BenchmarkSimulateSickSicker10k: the Sick-Sicker model
# (Alarid-Escudero et al. 2023, Table 1) in base R, 10,000 probabilistic
# draws of its sixteen parameters, four strategies, 75 annual cycles,
# vectorised over cycles the usual way (a loop of row-vector × matrix
# products per strategy and draw). Run: Rscript sicksicker_psa.R
set.seed(1)
n_sim <- 10000
n_t <- 75
w <- rep(0, n_t + 1)                      # Simpson 1/3 on 0..72, 3/8 on 72..75
w[1:73] <- ifelse((0:72) %% 2 == 1, 4/3, 2/3); w[1] <- 1/3; w[73] <- 1/3
w[73:76] <- w[73:76] + c(3/8, 9/8, 9/8, 3/8)
d <- 1 / 1.03^(0:n_t)
wd <- w * d
run <- function(p) {
  r2p <- function(r) 1 - exp(-r)
  pHD <- r2p(p$r_HD); pS1D <- r2p(p$r_HD * p$hr_S1); pS2D <- r2p(p$r_HD * p$hr_S2)
  pHS1 <- r2p(p$r_HS1); pS1H <- r2p(p$r_S1H)
  out <- numeric(8)
  for (s in 1:4) {
    a <- s %in% c(2, 4); b <- s %in% c(3, 4)
    pS1S2 <- r2p(p$r_S1S2 * if (b) p$hr_trtB else 1)
    P <- matrix(0, 4, 4)
    P[1, ] <- c((1 - pHD) * (1 - pHS1), (1 - pHD) * pHS1, 0, pHD)
    P[2, ] <- c((1 - pS1D) * pS1H, (1 - pS1D) * (1 - pS1H - pS1S2), (1 - pS1D) * pS1S2, pS1D)
    P[3, ] <- c(0, 0, 1 - pS2D, pS2D)
    P[4, ] <- c(0, 0, 0, 1)
    m <- matrix(0, n_t + 1, 4); m[1, ] <- c(1, 0, 0, 0)
    for (t in 1:n_t) m[t + 1, ] <- m[t, ] %*% P
    tr <- (if (a) p$c_trtA else 0) + (if (b) p$c_trtB else 0)
    cst <- c(p$c_H, p$c_S1 + tr, p$c_S2 + tr, 0)
    u <- c(p$u_H, if (a) p$u_trtA else p$u_S1, p$u_S2, 0)
    occ <- colSums(m * wd)
    out[2 * s - 1] <- sum(occ * cst); out[2 * s] <- sum(occ * u)
  }
  out
}
draw <- function() list(
  r_HD = rgamma(1, 20, 10000), r_HS1 = rgamma(1, 30, 200), r_S1H = rgamma(1, 60, 120),
  r_S1S2 = rgamma(1, 84, 800), hr_S1 = rlnorm(1, log(3), 0.01), hr_S2 = rlnorm(1, log(10), 0.02),
  hr_trtB = rlnorm(1, log(0.6), 0.02), c_H = rgamma(1, 100, scale = 20), c_S1 = rgamma(1, 177.8, scale = 22.5),
  c_S2 = rgamma(1, 225, scale = 66.7), c_trtA = rgamma(1, 73.5, scale = 163.3), c_trtB = rgamma(1, 86.2, scale = 150.8),
  u_H = rbeta(1, 200, 3), u_S1 = rbeta(1, 130, 45), u_S2 = rbeta(1, 230, 230), u_trtA = rbeta(1, 300, 15))
el <- system.time(res <- t(sapply(1:n_sim, function(i) run(draw()))))[["elapsed"]]
cat(sprintf("R %s: %d draws in %.3f s (%.1f us a draw); mean cost SoC %.0f, QALYs %.3f\n",
            getRversion(), n_sim, el, 1e6 * el / n_sim, mean(res[, 1]), mean(res[, 2])))
