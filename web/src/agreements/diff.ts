/** One line of a comparison between two texts. */
export interface DiffLine {
  op: 'same' | 'add' | 'del'
  text: string
}

/** Above this many line pairs the texts are compared as wholes: old removed, new added. */
const MAX_CELLS = 4_000_000

/** A line diff (longest common subsequence), enough to show what an amendment changed. */
export function diffLines(before: string, after: string): DiffLine[] {
  const a = before.split('\n')
  const b = after.split('\n')
  // Common head and tail first: amendments usually touch a few lines in the middle.
  let head = 0
  while (head < a.length && head < b.length && a[head] === b[head]) head++
  let tail = 0
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++
  const midA = a.slice(head, a.length - tail)
  const midB = b.slice(head, b.length - tail)
  const out: DiffLine[] = a.slice(0, head).map((text) => ({ op: 'same', text }))
  if (midA.length * midB.length > MAX_CELLS) {
    out.push(...midA.map((text) => ({ op: 'del' as const, text })), ...midB.map((text) => ({ op: 'add' as const, text })))
  } else {
    const n = midA.length
    const m = midB.length
    const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1))
    for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = midA[i] === midB[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1])
    let i = 0
    let j = 0
    while (i < n || j < m) {
      if (i < n && j < m && midA[i] === midB[j]) {
        out.push({ op: 'same', text: midA[i] })
        i++
        j++
      } else if (i < n && (j === m || lcs[i + 1][j] >= lcs[i][j + 1])) {
        out.push({ op: 'del', text: midA[i++] })
      } else {
        out.push({ op: 'add', text: midB[j++] })
      }
    }
  }
  out.push(...a.slice(a.length - tail).map((text) => ({ op: 'same' as const, text })))
  return out
}

/** The changed lines with `context` unchanged lines around each change; gaps become null. */
export function hunks(lines: DiffLine[], context = 1): (DiffLine | null)[] {
  const keep = new Array<boolean>(lines.length).fill(false)
  lines.forEach((l, i) => {
    if (l.op === 'same') return
    for (let k = Math.max(0, i - context); k <= Math.min(lines.length - 1, i + context); k++) keep[k] = true
  })
  const out: (DiffLine | null)[] = []
  lines.forEach((l, i) => {
    if (keep[i]) out.push(l)
    else if (out.length && out.at(-1) !== null) out.push(null)
  })
  if (out.at(-1) === null) out.pop()
  return out
}

/** How the structured terms changed: keys added, removed or given another value. */
export function diffTerms(before: Record<string, unknown>, after: Record<string, unknown>) {
  const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v))
  const changes: { key: string; op: 'add' | 'del' | 'change'; before?: string; after?: string }[] = []
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const inA = Object.hasOwn(before, key)
    const inB = Object.hasOwn(after, key)
    if (inA && !inB) changes.push({ key, op: 'del', before: show(before[key]) })
    else if (!inA && inB) changes.push({ key, op: 'add', after: show(after[key]) })
    else if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changes.push({ key, op: 'change', before: show(before[key]), after: show(after[key]) })
  }
  return changes
}
