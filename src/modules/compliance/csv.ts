import { namer, type Figures } from './service.ts'

/** RFC 4180 quoting: a cell with a comma, quote or line break is quoted, quotes doubled. */
export const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v)
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}
export const csvLine = (cells: unknown[]) => `${cells.map(csvCell).join(',')}\r\n`

/** The incident figures as CSV, one row per breakdown cell, for spreadsheets and statistics packages. */
export function figuresCsv(figures: Figures): string {
  const name = namer(figures)
  const header = ['period', 'party_id', 'party', 'agreement_id', 'agreement', 'zone_id', 'zone', 'category', 'status', 'incidents', 'killed_min', 'killed_max', 'children_killed_min', 'children_killed_max', 'injured_min', 'injured_max']
  return (
    csvLine(header) +
    figures.incidents
      .map((r) =>
        csvLine([r.period, r.partyId, name(r.partyId), r.agreementId, name(r.agreementId), r.zoneId, name(r.zoneId), r.category, r.status, r.incidents, r.killed.min, r.killed.max, r.childrenKilled.min, r.childrenKilled.max, r.injured.min, r.injured.max]),
      )
      .join('')
  )
}
