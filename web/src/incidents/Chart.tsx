import { useEffect, useRef } from 'react'
import uPlot from 'uplot'
import 'uplot/dist/uPlot.min.css'

export interface ChartSeries {
  label: string
  colour: string
  values: number[]
}

const HEIGHT = 220

/**
 * Stacked bars with uPlot: one bar per period, one colour per series. uPlot draws series in order, so each is drawn
 * as the running total up to it, the tallest first; the legend beside the chart (HTML, not uPlot's) names the colours.
 * The chart is a picture of the table under it, so it is one image for a screen reader, described by `label`.
 */
export function StackedBars({ periods, series, label }: { periods: string[]; series: ChartSeries[]; label: string }) {
  const box = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const el = box.current
    if (!el) return
    const x = periods.map((_, i) => i)
    const totals: number[][] = []
    let running = periods.map(() => 0)
    for (const s of series) {
      running = running.map((v, i) => v + (s.values[i] ?? 0))
      totals.push(running)
    }
    // Tallest first: the later (lower) stacks are drawn over it.
    const order = series.map((_, i) => i).reverse()
    const max = Math.max(1, ...(totals.at(-1) ?? [0]))
    const bars = uPlot.paths.bars!({ size: [0.75, 48], align: 0 })
    const opts: uPlot.Options = {
      width: Math.max(200, el.clientWidth),
      height: HEIGHT,
      legend: { show: false },
      cursor: { show: false },
      scales: { x: { time: false, range: [-0.5, Math.max(0.5, periods.length - 0.5)] }, y: { range: [0, Math.ceil(max * 1.1)] } },
      axes: [
        {
          incrs: [1, 2, 3, 4, 6, 8, 12, 24, 52],
          space: 52,
          values: (_u, splits) => splits.map((v) => (Number.isInteger(v) ? (periods[v] ?? '') : '')),
          size: 30,
          font: '11px "Noto Sans", sans-serif',
        },
        { incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000], size: 36, font: '11px "Noto Sans", sans-serif' },
      ],
      series: [{}, ...order.map((i) => ({ label: series[i].label, fill: series[i].colour, stroke: series[i].colour, width: 0, paths: bars, points: { show: false } }))],
    }
    const data: uPlot.AlignedData = [x, ...order.map((i) => totals[i])]
    const plot = new uPlot(opts, data, el)
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(200, el.clientWidth), height: HEIGHT }))
    resize.observe(el)
    return () => {
      resize.disconnect()
      plot.destroy()
    }
  }, [JSON.stringify(periods), JSON.stringify(series)])

  return (
    <figure className="chart">
      <div ref={box} role="img" aria-label={label} className="chart-canvas" dir="ltr" />
      <figcaption className="chart-legend">
        {series.map((s) => (
          <span key={s.label}>
            <span className="swatch" style={{ background: s.colour }} aria-hidden="true" /> {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  )
}
