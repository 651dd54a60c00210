// Package spc draws no chart: it computes an XmR (individuals and moving range) chart the way
// NHS England's "Making Data Count" asks and the NHS-R community's "plot the dots" R package
// (NHSRplotthedots, github.com/nhs-r-community/NHSRplotthedots) implements it, so that Otzvuk's
// flags can be checked against that package point by point. The rules were matched against:
//
//   - R/ptd_spc_standard.R: mean, moving ranges, screening (moving ranges ≥ 3.267 × their mean
//     left out, once), limits mean ± 2.66 × mean moving range, "close to a limit" beyond two
//     thirds of the way (2 × 2.66 / 3), strict comparisons, fix_after_n_points;
//   - R/ptd_calculate_point_type.R: the four special-cause rules, their order of precedence and
//     the direction each gives a point (ptd_special_cause_type, ptd_point_type);
//   - R/ptd_add_short_group_warnings.R: a segment of fewer than 12 points has trial limits;
//   - R/ptd_add_rebase_column.R and ptd_spc(): a rebase date starts a new segment, computed on its own;
//   - R/geom_ptd_icon.R (ptd_get_icons) and R/ptd_calculate_assurance_type.R: the variation icon is
//     the last point's type, the assurance icon compares the target with the last segment's limits.
//
// Where this package departs from the R code it says so beside the code (a missing last point,
// no limits at all); everything else, ties and missing values included, follows it.
package spc
