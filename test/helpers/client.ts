/** A small HTTP client for tests: real requests to the real server, holding a session cookie or a bearer token. */
export interface Res<T = any> {
  status: number
  body: T
  headers: Headers
}

export class Client {
  cookie?: string
  csrf?: string
  bearer?: string

  constructor(readonly base: string) {}

  async request<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Res<T>> {
    const h: Record<string, string> = { ...headers }
    if (body !== undefined && !h['content-type']) h['content-type'] = 'application/json'
    if (this.cookie) h.cookie = this.cookie
    if (this.csrf && method !== 'GET') h['x-csrf-token'] = this.csrf
    if (this.bearer) h.authorization = `Bearer ${this.bearer}`
    const res = await fetch(this.base + path, {
      method,
      headers: h,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    })
    const text = await res.text()
    let parsed: unknown = text
    if ((res.headers.get('content-type') ?? '').includes('json') && text) parsed = JSON.parse(text)
    return { status: res.status, body: parsed as T, headers: res.headers }
  }

  /** A GET whose body is bytes (a PDF, an evidence file), with this client's credentials. */
  async bytes(path: string): Promise<{ status: number; body: Buffer; headers: Headers }> {
    const h: Record<string, string> = {}
    if (this.cookie) h.cookie = this.cookie
    if (this.bearer) h.authorization = `Bearer ${this.bearer}`
    const res = await fetch(this.base + path, { headers: h })
    return { status: res.status, body: Buffer.from(await res.arrayBuffer()), headers: res.headers }
  }

  get = <T = any>(path: string, headers?: Record<string, string>) => this.request<T>('GET', path, undefined, headers)
  post = <T = any>(path: string, body?: unknown, headers?: Record<string, string>) => this.request<T>('POST', path, body ?? {}, headers)
  patch = <T = any>(path: string, body?: unknown, headers?: Record<string, string>) => this.request<T>('PATCH', path, body, headers)
  delete = <T = any>(path: string, headers?: Record<string, string>) => this.request<T>('DELETE', path, undefined, headers)

  /** Signs in; afterwards requests carry the session cookie and the CSRF token. */
  async signIn(username: string, password: string): Promise<Res> {
    const res = await this.post('/api/v1/session', { username, password })
    if (res.status === 200) {
      this.cookie = res.headers.get('set-cookie')!.split(';')[0]
      this.csrf = res.body.csrfToken
    }
    return res
  }

  static async signedIn(base: string, username: string, password: string): Promise<Client> {
    const c = new Client(base)
    const res = await c.signIn(username, password)
    if (res.status !== 200) throw new Error(`sign-in of ${username} failed: ${JSON.stringify(res.body)}`)
    return c
  }

  static withToken(base: string, token: string): Client {
    const c = new Client(base)
    c.bearer = token
    return c
  }
}
