import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { api, ok } from '../api/client.ts'
import { navigate } from '../app/router.ts'
import { useTheatre } from '../app/theatre.tsx'
import { layerKey } from '../map/queries.ts'
import { ErrorNote } from './kit.tsx'
import type { AnyRecord } from './useRecord.ts'

/**
 * Whether the member may change the record: the owner's editors (the organisation of a site or movement, the party of
 * an activity) and coordinators. The API decides in the end; this only hides buttons that could not work.
 */
export function useMayEdit(r: AnyRecord | undefined): boolean {
  const { memberships, isCoordinator } = useTheatre()
  if (!r) return false
  const owns = (actorId: string) => isCoordinator || memberships.some((m) => m.actorId === actorId && m.role !== 'viewer')
  switch (r.kind) {
    case 'site':
    case 'movement':
      return owns(r.data.organisationId)
    case 'activity':
      return owns(r.data.partyId)
    case 'zone':
    case 'control_area':
      return isCoordinator
    case 'conflict':
      return false
  }
}

interface Action {
  key: string
  label: string
  tone?: 'danger' | 'primary'
  confirm?: string
  run(): Promise<unknown>
}

/** Edit, and what the API offers for the record's state: notify a draft, withdraw, cancel, report a movement's progress. */
export function RecordActions({ record: r, onEdit }: { record: AnyRecord; onEdit(): void }) {
  const { t } = useTranslation('records')
  const { theatre } = useTheatre()
  const client = useQueryClient()
  const code = theatre.code
  const path = { theatre: code, id: r.data.id }
  const actions: Action[] = []
  switch (r.kind) {
    case 'site': {
      const { version, status } = r.data
      const patch = (s: 'notified' | 'withdrawn') => ok(api.PATCH('/api/v1/theatres/{theatre}/sites/{id}', { params: { path }, body: { version, status: s } }))
      if (status === 'draft') actions.push({ key: 'notify', label: t('actions.notify'), tone: 'primary', run: () => patch('notified') })
      if (status !== 'withdrawn') actions.push({ key: 'withdraw', label: t('actions.withdrawSite'), tone: 'danger', confirm: t('actions.confirmWithdraw'), run: () => patch('withdrawn') })
      break
    }
    case 'movement': {
      const { version, status } = r.data
      const report = (s: 'underway' | 'completed' | 'aborted') =>
        ok(api.POST('/api/v1/theatres/{theatre}/movements/{id}/status', { params: { path }, body: { version, status: s } }))
      if (status === 'draft')
        actions.push({
          key: 'notify',
          label: t('actions.notify'),
          tone: 'primary',
          run: () => ok(api.PATCH('/api/v1/theatres/{theatre}/movements/{id}', { params: { path }, body: { version, status: 'notified' } })),
        })
      if (status === 'notified' || status === 'cleared') actions.push({ key: 'underway', label: t('actions.underway'), run: () => report('underway') })
      if (status === 'underway') actions.push({ key: 'completed', label: t('actions.completed'), run: () => report('completed') })
      if (['notified', 'cleared', 'underway'].includes(status))
        actions.push({ key: 'aborted', label: t('actions.abort'), tone: 'danger', confirm: t('actions.confirmAbort'), run: () => report('aborted') })
      break
    }
    case 'activity':
      if (r.data.status === 'declared')
        actions.push({
          key: 'cancel',
          label: t('actions.cancelActivity'),
          tone: 'danger',
          confirm: t('actions.confirmCancel'),
          run: () => ok(api.POST('/api/v1/theatres/{theatre}/activities/{id}/cancel', { params: { path }, body: { version: r.data.version } })),
        })
      break
    case 'zone':
      if (!r.data.withdrawnAt)
        actions.push({
          key: 'withdraw',
          label: t('actions.withdrawZone'),
          tone: 'danger',
          confirm: t('actions.confirmWithdraw'),
          run: () => ok(api.DELETE('/api/v1/theatres/{theatre}/zones/{id}', { params: { path } })),
        })
      break
    case 'control_area':
      actions.push({
        key: 'delete',
        label: t('actions.deleteControlArea'),
        tone: 'danger',
        confirm: t('actions.confirmDelete'),
        run: async () => {
          await ok(api.DELETE('/api/v1/theatres/{theatre}/control-areas/{id}', { params: { path } }))
          navigate({ theatre: code, view: 'map' })
        },
      })
      break
  }

  const act = useMutation({
    mutationFn: (a: Action) => a.run(),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['record', r.kind, r.data.id] })
      for (const layer of ['sites', 'movements', 'activities', 'zones', 'control-areas', 'conflicts']) void client.invalidateQueries({ queryKey: layerKey(layer, code) })
    },
  })
  const reload = () => {
    act.reset()
    void client.invalidateQueries({ queryKey: ['record', r.kind, r.data.id] })
  }

  return (
    <div className="rec-record-actions">
      <div className="row">
        {r.kind !== 'conflict' && !(r.kind === 'zone' && r.data.withdrawnAt) && (
          <button type="button" className="primary" onClick={onEdit}>
            {t('actions.edit')}
          </button>
        )}
        {actions.map((a) => (
          <button
            key={a.key}
            type="button"
            className={a.tone === 'danger' ? 'danger' : undefined}
            disabled={act.isPending}
            onClick={() => (!a.confirm || window.confirm(a.confirm)) && act.mutate(a)}
          >
            {a.label}
          </button>
        ))}
      </div>
      <ErrorNote error={act.error} onReload={reload} />
    </div>
  )
}
