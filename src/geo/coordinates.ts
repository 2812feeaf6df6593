// mgrs ships CommonJS for Node (its named exports appear only on the default export there) and ESM for bundlers.
import mgrs from 'mgrs'

/** [longitude, latitude] */
export type LonLat = [number, number]

export class CoordinateError extends Error {}

const MGRS = /^\d{1,2}[C-HJ-NP-X]\s*[A-HJ-NP-Z]{2}\s*(\d{2}|\d{4}|\d{6}|\d{8}|\d{10}|\d{5}\s+\d{5}|\d{4}\s+\d{4}|\d{3}\s+\d{3})$/i

/** Degrees with optional minutes and seconds: 36°12'30.5", 36 12 30.5, 36°12.5', 36.2083. */
const NUM = String.raw`(\d{1,3}(?:\.\d+)?)\s*(?:°|d|\s)?\s*(?:(\d{1,2}(?:\.\d+)?)\s*(?:'|′|m|\s)\s*)?(?:(\d{1,2}(?:\.\d+)?)\s*(?:"|″|''|s)?)?`
// Hemisphere letters all before the numbers (N36 12 07 E37 08 03) or all after them (36°12'07"N 37°08'03"E).
const LEADING = new RegExp(String.raw`^([NSEW])\s*${NUM}\s*[,;/]?\s*([NSEW])\s*${NUM}$`, 'i')
const TRAILING = new RegExp(String.raw`^${NUM}\s*([NSEW])\s*[,;/]?\s*${NUM}\s*([NSEW])$`, 'i')

function dmsValue(deg: string, min?: string, sec?: string): number {
  const m = min ? Number(min) : 0
  const s = sec ? Number(sec) : 0
  if (m >= 60 || s >= 60) throw new CoordinateError('minutes and seconds must be below 60')
  return Number(deg) + m / 60 + s / 3600
}

function parseDms(text: string): LonLat | undefined {
  let parts: { hemi: string; value: number }[]
  const lead = LEADING.exec(text)
  const trail = lead ? null : TRAILING.exec(text)
  if (lead) {
    parts = [
      { hemi: lead[1], value: dmsValue(lead[2], lead[3], lead[4]) },
      { hemi: lead[5], value: dmsValue(lead[6], lead[7], lead[8]) },
    ]
  } else if (trail) {
    parts = [
      { hemi: trail[4], value: dmsValue(trail[1], trail[2], trail[3]) },
      { hemi: trail[8], value: dmsValue(trail[5], trail[6], trail[7]) },
    ]
  } else return undefined
  let lat: number | undefined
  let lon: number | undefined
  for (const p of parts) {
    const h = p.hemi.toUpperCase()
    if (h === 'N' || h === 'S') lat = h === 'S' ? -p.value : p.value
    else lon = h === 'W' ? -p.value : p.value
  }
  if (lat === undefined || lon === undefined) throw new CoordinateError('give one latitude (N/S) and one longitude (E/W)')
  if (lat > 90) throw new CoordinateError(`latitude ${lat} is outside -90..90`)
  if (lon > 180) throw new CoordinateError(`longitude ${lon} is outside -180..180`)
  return [lon, lat]
}

/**
 * A point typed by a person: MGRS (37SBA1234567890), degrees–minutes–seconds (36°12'30"N 37°09'15"E) or decimal
 * degrees as "latitude, longitude" (36.2083, 37.1542) — the order people read off maps and phones.
 */
export function parsePoint(text: string): LonLat {
  const t = text.trim()
  if (MGRS.test(t)) {
    try {
      const [lon, lat] = mgrs.toPoint(t.replace(/\s+/g, '').toUpperCase())
      return [lon, lat]
    } catch {
      throw new CoordinateError(`"${t}" is not a valid MGRS reference`)
    }
  }
  const decimal = /^(-?\d{1,3}(?:\.\d+)?)\s*[,;\s]\s*(-?\d{1,3}(?:\.\d+)?)$/.exec(t)
  if (decimal) {
    const lat = Number(decimal[1])
    const lon = Number(decimal[2])
    if (lat < -90 || lat > 90) throw new CoordinateError(`latitude ${lat} is outside -90..90 (decimal points are "latitude, longitude")`)
    if (lon < -180 || lon > 180) throw new CoordinateError(`longitude ${lon} is outside -180..180`)
    return [lon, lat]
  }
  const dms = parseDms(t)
  if (dms) return dms
  throw new CoordinateError(`"${t}" is not a coordinate: use MGRS (37SBA1234567890), DMS (36°12'30"N 37°09'15"E) or "latitude, longitude"`)
}

/** The MGRS reference shown beside coordinates, to 1 m; undefined outside MGRS's latitude band (polar regions). */
export function toMgrs([lon, lat]: LonLat): string | undefined {
  try {
    return mgrs.forward([lon, lat], 5)
  } catch {
    return undefined
  }
}
