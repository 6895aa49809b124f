#!/usr/bin/env Rscript
# Writes one period of the M3 competition data (Makridakis & Hibon 2000, IJF 16(4)) in the long
# form forecastbench reads: id, category, t, year, period, value, split (train | test).
# The data are data/M3.rda of the R package Mcomp 2.8 (Hyndman et al., GPL-3), loaded with base R
# alone, so neither Mcomp nor any other package need be installed.
# Usage: Rscript m3export.R M3.rda MONTHLY m3_monthly.csv   (or YEARLY, QUARTERLY, OTHER)
args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 3) stop("usage: Rscript m3export.R M3.rda YEARLY|QUARTERLY|MONTHLY|OTHER out.csv")
load(args[1])
rows <- list()
for (s in M3) {
  if (s$period != args[2]) next
  f <- frequency(s$x)
  tt <- c(time(s$x), time(s$xx))
  v <- c(as.numeric(s$x), as.numeric(s$xx))
  yr <- floor(tt + 1e-6)
  rows[[length(rows) + 1]] <- data.frame(id = s$sn, category = trimws(s$type), t = seq_along(v),
    year = yr, period = round((tt - yr) * f) + 1, value = v,
    split = c(rep("train", length(s$x)), rep("test", length(s$xx))))
}
if (length(rows) == 0) stop("no series of period ", args[2])
write.csv(do.call(rbind, rows), args[3], row.names = FALSE, quote = FALSE)
cat(length(rows), "series\n")
