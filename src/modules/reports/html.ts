import type { DailyReport } from './service.ts'

const esc = (v: unknown) =>
  String(v ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

const range = (r: { min: number; max: number } | null | undefined) => (!r ? '—' : r.min === r.max ? String(r.min) : `${r.min}–${r.max}`)

const time = (iso: string, tz: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: tz, dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))

function table(headers: string[], rows: unknown[][], empty: string): string {
  if (rows.length === 0) return `<p class="empty">${esc(empty)}</p>`
  return `<table><thead><tr>${headers.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`
}

/** The daily report as one self-contained, print-ready HTML page (A4, no scripts, no external resources). */
export function dailyHtml(r: DailyReport): string {
  const tz = r.theatre.timezone
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(`${r.theatre.code} daily report ${r.date}`)}</title>
<style>
  @page { size: A4; margin: 16mm 14mm; }
  body { font: 10.5pt/1.4 'Noto Sans', system-ui, sans-serif; color: #111; max-width: 190mm; margin: 1.5rem auto; }
  h1 { font-size: 16pt; margin: 0 0 .2em; } h2 { font-size: 12pt; margin: 1.3em 0 .4em; border-bottom: 1px solid #999; }
  table { border-collapse: collapse; width: 100%; font-size: 9.5pt; } th, td { border: 1px solid #bbb; padding: 2px 5px; text-align: left; vertical-align: top; }
  th { background: #eee; } .muted, .empty { color: #555; } .head { font-family: monospace; word-break: break-all; }
  tr { break-inside: avoid; }
</style></head><body>
<h1>${esc(r.theatre.name)} — daily situation report</h1>
<p class="muted">${esc(r.date)} (${esc(tz)}): ${esc(time(r.from, tz))} to ${esc(time(r.to, tz))}. Generated ${esc(r.generatedAt)}.
Figures count what the reader of this report may see.</p>

<h2>1. Incidents and violations: ${r.incidents.total}</h2>
${table(
  ['Alleged party', 'Zone (agreement)', 'Incidents', 'Killed', 'of them children', 'Injured'],
  r.incidents.summary.map((s) => [s.party, s.zone, s.incidents, range(s.killed), range(s.childrenKilled), range(s.injured)]),
  'No incident reported for this day.',
)}
${r.incidents.list.length ? table(
  ['Ref', 'Time', 'Category', 'Place', 'Alleged', 'Status', 'Killed', 'Injured', 'Attribution'],
  r.incidents.list.map((i) => [i.ref, time(i.occurredAt, tz), i.category, i.place, i.alleged, i.status, range(i.killed), range(i.injured), i.attribution]),
  '',
) : ''}

<h2>2. Notifications and acknowledgements</h2>
${table(
  ['Party', 'Asked', 'Acknowledged', 'In time', 'Objected', 'Expired', 'Pending', 'Median hours to acknowledge'],
  r.conduct.map((c) => [c.party, c.requested, c.acknowledged, c.onTime, c.objected, c.expired, c.pending, c.medianHoursToAcknowledge ?? '—']),
  'No notification was made on this day.',
)}

<h2>3. Movements</h2>
<p>${r.movements.byStatus.map((s) => `${esc(s.status)}: ${s.count}`).join(' · ') || 'No movement planned on this day.'}</p>
${table(['Ref', 'Movement', 'Organisation', 'Status', 'Window'], r.movements.list.map((m) => [m.ref, m.name, m.organisation, m.status, `${time(m.window.start, tz)} – ${time(m.window.end, tz)}`]), 'No movement completed or blocked.')}

<h2>4. Open conflicts at the end of the day: ${r.conflicts.open}</h2>
${table(['Rule', 'Severity', 'Open'], r.conflicts.bySeverity.map((c) => [c.rule.replace('_', ' × '), c.severity, c.count]), 'No open conflict.')}

<h2>5. Ledger</h2>
<p>Ledger head at the end of the day: ${r.ledgerHead ? `entry ${r.ledgerHead.seq}, hash <span class="head">${esc(r.ledgerHead.hash)}</span>` : 'no entry yet'}.
Anyone holding this report can check that the ledger published later still contains this entry with this hash
(<code>truce ledger verify</code>).</p>
</body></html>`
}
