import { conflict } from '../../http/problem.ts'
import type { Status } from './schema.ts'

/**
 * Verification, one step at a time: reported → under_review → corroborated → verified. A review may conclude early
 * (refuted or inconclusive, from under_review or corroborated); what was refuted or inconclusive may be reopened
 * when new evidence comes. Verified is final (it may have been published); merged is set only by a merge.
 */
export const MOVES: Record<Status, Status[]> = {
  reported: ['under_review'],
  under_review: ['corroborated', 'refuted', 'inconclusive'],
  corroborated: ['verified', 'refuted', 'inconclusive'],
  verified: [],
  refuted: ['under_review'],
  inconclusive: ['under_review'],
  merged: [],
}

/** A move the workflow does not allow: 409 naming /body/status and what the incident may move to instead. */
export function assertMove(from: Status, to: Status) {
  if (MOVES[from].includes(to)) return
  const allowed = MOVES[from].length ? `only to ${MOVES[from].join(' or ')}` : 'nowhere: it is final'
  throw conflict(`the incident is ${from}: it can go ${allowed}`, [{ path: '/body/status', message: `cannot go from ${from} to ${to} (${allowed})` }])
}

/** Statuses after which the alleged party has been asked to reply (right of reply). */
export const ASKS_ALLEGED: Status[] = ['under_review', 'corroborated', 'verified', 'refuted', 'inconclusive']
