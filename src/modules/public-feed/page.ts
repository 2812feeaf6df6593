import { namer } from '../compliance/service.ts'
import type { PublicFeedService } from './service.ts'

type Summary = Awaited<ReturnType<PublicFeedService['summary']>>
type Items = Awaited<ReturnType<PublicFeedService['incidentsOf']>>

const esc = (v: unknown) => String(v ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
const range = (r: { min: number; max: number } | null) => (!r ? '—' : r.min === r.max ? String(r.min) : `${r.min}–${r.max}`)

/** The public feed as a read-only page: no script, no sign-in, links to the same data as GeoJSON and CSV. */
export function feedPage(s: Summary, items: Items, base: string): string {
  const party = namer(s.figures)
  const rows = (cells: unknown[][]) => cells.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(s.theatre.name)} — published by Truce</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:1100px;margin:1.5rem auto;padding:0 1rem;color:#111}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border-bottom:1px solid #ccc;padding:.3em .4em;text-align:left;vertical-align:top}
th{background:#f1f5f9}.muted{color:#555}</style></head><body>
<h1>${esc(s.theatre.name)}</h1>
<p class="muted">What the coordination cell of this theatre publishes: verified incidents, agreements and zones, and figures.
Data: <a href="${base}/incidents.geojson">incidents.geojson</a> · <a href="${base}/incidents.csv">incidents.csv</a> · <a href="${base}">JSON</a></p>
<h2>Agreements</h2>
${s.agreements.length ? `<table><thead><tr><th>Agreement</th><th>Kind</th><th>Status</th><th>Version</th></tr></thead><tbody>${rows(s.agreements.map((a) => [a.name, a.kind, a.status, a.version]))}</tbody></table>` : '<p>None published.</p>'}
<h2>Zones</h2>
${s.zones.features.length ? `<table><thead><tr><th>Zone</th><th>Kind</th><th>In force now</th><th>Valid from</th><th>Valid to</th></tr></thead><tbody>${rows(s.zones.features.map((z) => [z.properties.name, z.properties.kind, z.properties.inForce ? 'yes' : 'no', z.properties.schedule.validFrom, z.properties.schedule.validTo ?? '—']))}</tbody></table>` : '<p>None.</p>'}
<h2>Verified incidents (${items.length})</h2>
${items.length ? `<table><thead><tr><th>Ref</th><th>When</th><th>Category</th><th>Place</th><th>Alleged</th><th>Killed</th><th>Injured</th><th>Attribution</th></tr></thead><tbody>${rows(items.map((i) => [i.ref, i.occurredAt, i.categoryLabel, i.placeName ?? '', i.alleged ?? 'unknown', range(i.killed), range(i.injured), i.attribution]))}</tbody></table>` : '<p>None published.</p>'}
<h2>Figures, ${esc(s.figures.from.slice(0, 10))} to ${esc(s.figures.to.slice(0, 10))}</h2>
${s.figures.incidents.length ? `<table><thead><tr><th>Month</th><th>Alleged party</th><th>Category</th><th>Incidents</th><th>Killed</th></tr></thead><tbody>${rows(s.figures.incidents.map((f) => [f.period, party(f.partyId) ?? 'unknown', f.category, f.incidents, range(f.killed)]))}</tbody></table>` : '<p>No published incident in this period.</p>'}
</body></html>`
}
