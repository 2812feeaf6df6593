/**
 * Prepares the offline basemap and gazetteer the web app ships with, from the openly licensed Syria data in
 * ../shared/data (OCHA COD-AB boundaries, OpenSyria names). Run once when that data changes:
 *   npx tsx scripts/basemap.ts [path/to/shared/data/syria]
 * The output (web/public/basemap/) is committed, with its attribution in web/public/basemap/README.md.
 */
import fs from 'node:fs'
import path from 'node:path'
import { topology } from 'topojson-server'
import { quantize } from 'topojson-client'
import { presimplify, quantile, simplify } from 'topojson-simplify'

const source = path.resolve(process.argv[2] ?? '../shared/data/syria')
const out = path.resolve('web/public/basemap')
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(source, file), 'utf8'))
const round = (n: number) => Math.round(n * 1e5) / 1e5

// Boundaries: one TopoJSON so shared borders are stored once, simplified to keep the 1 % most significant points
// (plenty at district scale) and quantised; the web app turns it back into GeoJSON with topojson-client.
function boundaries() {
  const pick = (fc: any, level: 1 | 2) => ({
    type: 'FeatureCollection',
    features: fc.features.map((f: any) => ({
      type: 'Feature',
      geometry: f.geometry,
      properties: { pcode: f.properties[`adm${level}_pcode`], en: f.properties[`adm${level}_name`], ar: f.properties[`adm${level}_name1`] },
    })),
  })
  let topo: any = topology({ governorates: pick(read('ocha_syr_admin1.geojson'), 1), districts: pick(read('ocha_syr_admin2.geojson'), 2) } as any)
  topo = presimplify(topo)
  topo = simplify(topo, quantile(topo, 0.9))
  // Drop the weights presimplify added as a third coordinate, then store integer deltas on a 100,000² grid (~70 m).
  topo.arcs = topo.arcs.map((arc: number[][]) => arc.map(([x, y]) => [x, y]))
  fs.writeFileSync(path.join(out, 'syria-admin.topo.json'), JSON.stringify(quantize(topo, 1e5)))
}

interface Place { en: string; ar: string; kind: string; lon: number; lat: number; rank: number; aliases: string[] }

// Places for labels and search: governorates, districts and sub-districts (en/ar names with their aliases and
// spellings, centroids, population for label priority) and the crossings and airports of OpenSyria's site list.
function places() {
  const list: Place[] = []
  for (const [file, kind] of [['opensyria_governorates.json', 'governorate'], ['opensyria_districts.json', 'district'], ['opensyria_subdistricts.json', 'subdistrict']] as const) {
    for (const p of read(file)) {
      if (!p.centroid) continue
      list.push({
        en: p.name.en,
        ar: p.name.ar,
        kind,
        lon: round(p.centroid.longitude),
        lat: round(p.centroid.latitude),
        rank: p.population?.value ?? 0,
        aliases: [...new Set<string>((p.aliases ?? []).map((a: any) => a.value as string))].filter((a) => a !== p.name.en && a !== p.name.ar),
      })
    }
  }
  const csv = fs.readFileSync(path.join(source, 'opensyria_sites_points.csv'), 'utf8').trim().split('\n')
  const header = csv[0].split(',')
  for (const line of csv.slice(1)) {
    const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"'))
    const row = Object.fromEntries(header.map((h, i) => [h, cells[i]]))
    if (!['border_crossing', 'airport'].includes(row.subtype)) continue
    list.push({ en: row.name_en, ar: row.name_ar, kind: row.subtype, lon: round(Number(row.longitude)), lat: round(Number(row.latitude)), rank: 0, aliases: [] })
  }
  fs.writeFileSync(path.join(out, 'places.json'), JSON.stringify(list))
  return list.length
}

fs.mkdirSync(out, { recursive: true })
boundaries()
console.log(`basemap: boundaries and ${places()} places written to ${path.relative(process.cwd(), out)}`)
