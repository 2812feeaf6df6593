/**
 * SQL for "the bounding box of `geom` widened by `metres`", to put before an exact ST_DWithin on geography so the
 * GiST index finds the candidates: a degree of longitude shrinks with latitude, so the widening in x is taken at the
 * geometry's latitude farthest from the equator, which never leaves a candidate out. `metres` must be a constant (the
 * largest distance the column allows), or the planner cannot use the index.
 */
export const expandedByMetres = (geom: string, metres: number) =>
  `ST_Expand(${geom}, ${metres} / (111320 * cos(radians(least(89, greatest(abs(ST_YMin(${geom})), abs(ST_YMax(${geom}))))))), ${metres} / 110574.0)`
