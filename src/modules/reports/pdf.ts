import { createRequire } from 'node:module'
import PDFDocument from 'pdfkit'
import type { DailyReport } from './service.ts'

const require = createRequire(import.meta.url)
// Noto Sans (its Latin subset: Latin-1 and typographic punctuation), embedded so the PDF reads the same everywhere.
const FONTS = {
  regular: require.resolve('@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff'),
  bold: require.resolve('@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff'),
}

const range = (r: { min: number; max: number } | null | undefined) => (!r ? '—' : r.min === r.max ? String(r.min) : `${r.min}–${r.max}`)
const time = (iso: string, tz: string) => new Intl.DateTimeFormat('en-GB', { timeZone: tz, dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))

/** A simple ruled table that breaks onto new pages, widths as fractions of the text width. */
function table(doc: PDFKit.PDFDocument, headers: string[], widths: number[], rows: unknown[][], empty: string) {
  const left = doc.page.margins.left
  const width = doc.page.width - left - doc.page.margins.right
  if (rows.length === 0) {
    doc.font('regular').fontSize(9).fillColor('#555').text(empty, left).fillColor('#000').moveDown(0.5)
    return
  }
  const cols = widths.map((w) => w * width)
  const line = (cells: unknown[], bold: boolean) => {
    doc.font(bold ? 'bold' : 'regular').fontSize(8.5)
    const texts = cells.map((c) => String(c ?? ''))
    const height = Math.max(...texts.map((t, i) => doc.heightOfString(t, { width: cols[i] - 6 }))) + 5
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage()
    const y = doc.y
    let x = left
    texts.forEach((t, i) => {
      if (bold) doc.rect(x, y, cols[i], height).fill('#eeeeee').fillColor('#000')
      doc.rect(x, y, cols[i], height).lineWidth(0.5).stroke('#999999')
      doc.text(t, x + 3, y + 2.5, { width: cols[i] - 6 })
      x += cols[i]
    })
    doc.x = left
    doc.y = y + height
  }
  line(headers, true)
  for (const r of rows) line(r, false)
  doc.moveDown(0.6)
}

/** The daily report as PDF, made in-process (no browser), with the same sections and figures as the HTML. */
export function dailyPdf(r: DailyReport): Promise<Buffer> {
  const tz = r.theatre.timezone
  const doc = new PDFDocument({ size: 'A4', margin: 42, info: { Title: `${r.theatre.code} daily report ${r.date}`, Author: 'Truce' } })
  doc.registerFont('regular', FONTS.regular)
  doc.registerFont('bold', FONTS.bold)
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))))
  const heading = (text: string) => doc.moveDown(0.4).font('bold').fontSize(12).text(text).moveDown(0.3)

  doc.font('bold').fontSize(16).text(`${r.theatre.name} — daily situation report`)
  doc.font('regular').fontSize(9).fillColor('#555')
    .text(`${r.date} (${tz}): ${time(r.from, tz)} to ${time(r.to, tz)}. Generated ${r.generatedAt}. Figures count what the reader of this report may see.`)
    .fillColor('#000')

  heading(`1. Incidents and violations: ${r.incidents.total}`)
  table(
    doc,
    ['Alleged party', 'Zone (agreement)', 'Incidents', 'Killed', 'Children', 'Injured'],
    [0.24, 0.36, 0.1, 0.1, 0.1, 0.1],
    r.incidents.summary.map((s) => [s.party, s.zone, s.incidents, range(s.killed), range(s.childrenKilled), range(s.injured)]),
    'No incident reported for this day.',
  )
  if (r.incidents.list.length) {
    table(
      doc,
      ['Ref', 'Time', 'Category', 'Alleged', 'Status', 'Killed', 'Attribution'],
      [0.18, 0.13, 0.15, 0.12, 0.1, 0.07, 0.25],
      r.incidents.list.map((i) => [i.ref, time(i.occurredAt, tz), i.category, i.alleged, i.status, range(i.killed), i.attribution]),
      '',
    )
  }

  heading('2. Notifications and acknowledgements')
  table(
    doc,
    ['Party', 'Asked', 'Acknowledged', 'In time', 'Objected', 'Expired', 'Pending', 'Median hours'],
    [0.23, 0.08, 0.14, 0.09, 0.1, 0.09, 0.09, 0.18],
    r.conduct.map((c) => [c.party, c.requested, c.acknowledged, c.onTime, c.objected, c.expired, c.pending, c.medianHoursToAcknowledge ?? '—']),
    'No notification was made on this day.',
  )

  heading('3. Movements')
  doc.font('regular').fontSize(9).text(r.movements.byStatus.map((s) => `${s.status}: ${s.count}`).join(' · ') || 'No movement planned on this day.').moveDown(0.3)
  table(
    doc,
    ['Ref', 'Movement', 'Organisation', 'Status', 'Window'],
    [0.12, 0.28, 0.2, 0.12, 0.28],
    r.movements.list.map((m) => [m.ref, m.name, m.organisation, m.status, `${time(m.window.start, tz)} – ${time(m.window.end, tz)}`]),
    'No movement completed or blocked.',
  )

  heading(`4. Open conflicts at the end of the day: ${r.conflicts.open}`)
  table(doc, ['Rule', 'Severity', 'Open'], [0.5, 0.3, 0.2], r.conflicts.bySeverity.map((c) => [c.rule.replace('_', ' × '), c.severity, c.count]), 'No open conflict.')

  heading('5. Ledger')
  doc.font('regular').fontSize(9).text(
    r.ledgerHead ? `Ledger head at the end of the day: entry ${r.ledgerHead.seq}, hash ${r.ledgerHead.hash}.` : 'Ledger head at the end of the day: no entry yet.',
  )
  doc.end()
  return done
}
