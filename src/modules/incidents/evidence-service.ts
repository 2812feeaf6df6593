import type { Db } from '../../db/engine.ts'
import type { TheatreAccess } from '../../authz/access.ts'
import { conflict, notFound } from '../../http/problem.ts'
import type { LedgerService } from '../ledger/service.ts'
import { DEFAULT_EVIDENCE_MAX_BYTES, checkEvidence, tooLarge } from './evidence.ts'
import { actingAs, isReporter, mayVerify } from './permissions.ts'
import { toEvidence } from './record.ts'
import * as store from './store.ts'

/** An incident the caller may see (404 otherwise): the incidents service decides. */
type Visible = (access: TheatreAccess, id: string) => Promise<store.IncidentRow>

/**
 * Evidence files of incidents: bytes stored once per SHA-256, listed on each incident that has them, and served to
 * whoever may see such an incident. Adding one is a ledger entry naming the hash, so the file can be checked later.
 */
export class IncidentEvidence {
  /** The largest file accepted, in bytes. */
  maxBytes = DEFAULT_EVIDENCE_MAX_BYTES

  constructor(
    private readonly db: Db,
    private readonly ledger: LedgerService,
    private readonly visible: Visible,
  ) {}

  /** Checked before the upload is read: only the reporters, monitors and the coordinator add evidence. */
  async mayAdd(access: TheatreAccess, id: string): Promise<store.IncidentRow> {
    const current = await this.visible(access, id)
    if (current.status === 'merged') {
      throw conflict(`incident ${current.ref} was merged into ${current.merged_into}: add evidence there`, [{ path: '/params/id', message: 'is merged' }])
    }
    access.require(mayVerify(access) || isReporter(access, current), 'only the reporter, monitors and the coordinator add evidence')
    return current
  }

  /** Stores a file by its SHA-256 and lists it on the incident; the same file again changes nothing (created false). */
  async add(access: TheatreAccess, id: string, file: { bytes: Buffer; mediaType: string; filename: string | null }) {
    const current = await this.mayAdd(access, id)
    if (file.bytes.length > this.maxBytes) throw tooLarge(this.maxBytes)
    const { mediaType, sha256 } = checkEvidence(file.bytes, file.mediaType)
    const actor = actingAs(access, ['monitor', 'coordinator']) ?? current.reporter_id
    const added = await this.ledger.transact(async (tx) => {
      const row = await store.addEvidence(tx.q, current.theatre_id, {
        incident_id: current.id,
        sha256,
        size: file.bytes.length,
        media_type: mediaType,
        filename: file.filename,
        uploaded_by: access.principal.user.id,
        bytes: file.bytes,
      })
      if (!row) return undefined
      await tx.append({
        theatre: current.theatre_id,
        actor,
        user: access.principal.user.id,
        action: 'incident.evidence',
        subject: { kind: 'incident', id: current.id, ref: current.ref },
        version: current.version,
        payload: { incident: { id: current.id, ref: current.ref }, evidence: toEvidence(row) },
        audience: current.audience,
      })
      return row
    })
    if (added) return { created: true, evidence: toEvidence(added) }
    const existing = (await store.evidenceOf(this.db, current.theatre_id, [current.id])).find((e) => e.sha256 === sha256)!
    return { created: false, evidence: toEvidence(existing) }
  }

  /** A file, to whoever may see the incident it belongs to. */
  async file(access: TheatreAccess, id: string, sha256: string) {
    await this.visible(access, id)
    const f = await store.evidenceBytes(this.db, access.theatre.id, id, sha256)
    if (!f) throw notFound(`evidence ${sha256} of incident ${id}`)
    return { bytes: Buffer.from(f.bytes), mediaType: f.media_type, filename: f.filename }
  }
}
