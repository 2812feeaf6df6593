import { Marked, type Tokens } from 'marked'

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c])

/** Link targets an agreement's text may point to; anything else (javascript:, data:, …) renders as plain text. */
const SAFE_HREF = /^(https?:|mailto:|#)/i

/**
 * Markdown for agreement texts, rendered safely: raw HTML in the text is shown as text (escaped), links keep only
 * safe schemes and open in a new tab, and images show their description instead of loading from elsewhere.
 */
const md = new Marked({
  gfm: true,
  async: false,
  renderer: {
    html({ text }: Tokens.HTML | Tokens.Tag) {
      return escapeHtml(text)
    },
    link({ href, title, tokens }: Tokens.Link) {
      const inner = this.parser.parseInline(tokens)
      if (!SAFE_HREF.test(href.trim())) return inner
      const t = title ? ` title="${escapeHtml(title)}"` : ''
      return `<a href="${escapeHtml(href.trim())}"${t} target="_blank" rel="noopener noreferrer">${inner}</a>`
    },
    image({ text }: Tokens.Image) {
      return escapeHtml(text)
    },
  },
})

export function renderMarkdown(text: string): string {
  return md.parse(text, { async: false }) as string
}
