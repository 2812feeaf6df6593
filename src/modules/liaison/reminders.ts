import { audience } from '../../authz/audience.ts'
import type { LedgerService } from '../ledger/service.ts'
import { toItem } from './records.ts'
import * as store from './store.ts'

/** How long before an action item falls due its owner is reminded. */
export const REMIND_BEFORE_MS = 24 * 3_600_000

const ALERTS: Record<store.Reminder, string> = { due: 'due within 24 hours', overdue: 'past its due date and still open' }

/**
 * Reminds owners of their open action items: one ledger entry when an item comes within 24 h of its due date
 * (`liaison.action_due`), one when it is past it (`liaison.action_overdue`). The entries' audience is the owner
 * alone (and the coordinator, who sees everything), so the live stream and webhooks carry them to the owner only.
 * `truce serve` runs it as a background job; tests call runOnce with the time they need.
 */
export class LiaisonReminders {
  constructor(private readonly ledger: LedgerService) {}

  /** One pass over every theatre; returns how many reminders it sent. Each item is reminded once per kind. */
  async runOnce(now = new Date(), limit = 200): Promise<number> {
    return this.ledger.transact(async (tx) => {
      let sent = 0
      for (const kind of ['due', 'overdue'] as const) {
        for (const row of await store.claimReminders(tx.q, kind, now, REMIND_BEFORE_MS, limit)) {
          const item = toItem(row)
          await tx.append({
            theatre: row.theatre_id,
            actor: row.owner_id,
            user: null,
            action: `liaison.action_${kind}`,
            subject: { kind: 'liaison_action', id: item.id },
            version: item.version,
            payload: { meetingId: row.meeting_id, meetingTitle: row.meeting_title, actionItem: item, alert: ALERTS[kind] },
            audience: audience.actorOnly(row.owner_id),
          })
          sent++
        }
      }
      return sent
    })
  }
}
