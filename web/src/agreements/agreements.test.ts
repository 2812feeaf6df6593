import { describe, expect, it } from 'vitest'
import { bboxOf } from '../conflicts/bbox.ts'
import { diffLines, diffTerms, hunks } from './diff.ts'
import { renderMarkdown } from './markdown.ts'

describe('agreement texts in Markdown', () => {
  it('renders headings, lists and emphasis', () => {
    const html = renderMarkdown('# Pause\n\n1. No shelling\n2. **Daily** pauses')
    expect(html).toContain('<h1>Pause</h1>')
    expect(html).toContain('<li>No shelling</li>')
    expect(html).toContain('<strong>Daily</strong>')
  })

  it('shows raw HTML as text, never as markup', () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\nText <img src=x onerror="alert(1)"> here')
    expect(html).not.toMatch(/<script|<img/i)
    expect(html).toContain('&lt;script&gt;')
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;')
  })

  it('keeps only safe links, opened apart, and loads no images', () => {
    expect(renderMarkdown('[UN](https://un.org)')).toContain('<a href="https://un.org" target="_blank" rel="noopener noreferrer">UN</a>')
    expect(renderMarkdown('[x](javascript:alert(1))')).not.toContain('href')
    expect(renderMarkdown('[x](data:text/html,hi)')).not.toContain('href')
    expect(renderMarkdown('![map](https://example.org/t.png)')).not.toContain('<img')
  })
})

describe('what changed between versions', () => {
  it('finds the lines removed and added', () => {
    const d = diffLines('a\nb\nc\nd', 'a\nB\nc\nd\ne')
    expect(d).toEqual([
      { op: 'same', text: 'a' },
      { op: 'del', text: 'b' },
      { op: 'add', text: 'B' },
      { op: 'same', text: 'c' },
      { op: 'same', text: 'd' },
      { op: 'add', text: 'e' },
    ])
    expect(hunks(diffLines('1\n2\n3\n4\n5\n6\n7', '1\n2\n3\nX\n5\n6\n7'), 1).map((l) => l && `${l.op}:${l.text}`)).toEqual([
      'same:3',
      'del:4',
      'add:X',
      'same:5',
    ])
    expect(hunks(diffLines('same', 'same'))).toEqual([])
  })

  it('names the terms added, removed and changed', () => {
    expect(diffTerms({ days: 7, source: 'x', gone: true }, { days: 14, source: 'x', extra: [1] })).toEqual([
      { key: 'days', op: 'change', before: '7', after: '14' },
      { key: 'gone', op: 'del', before: 'true' },
      { key: 'extra', op: 'add', after: '[1]' },
    ])
  })
})

describe('the box around a geometry', () => {
  it('covers points, lines, polygons and collections', () => {
    expect(bboxOf({ type: 'Point', coordinates: [37, 36] })).toEqual([37, 36, 37, 36])
    expect(bboxOf({ type: 'Polygon', coordinates: [[[37, 36], [38, 36], [38, 37.5], [37, 36]]] })).toEqual([37, 36, 38, 37.5])
    expect(
      bboxOf({ type: 'GeometryCollection', geometries: [{ type: 'LineString', coordinates: [[36, 35], [36.5, 35.5]] }, { type: 'Point', coordinates: [39, 34] }] }),
    ).toEqual([36, 34, 39, 35.5])
    expect(bboxOf(null)).toBeUndefined()
    expect(bboxOf({ type: 'Polygon', coordinates: [] })).toBeUndefined()
  })
})
