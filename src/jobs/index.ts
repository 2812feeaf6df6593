import type { Services } from '../services.ts'
import { runTasks, type JobLog, type Jobs } from './runner.ts'

/** The background tasks of `truce serve`; each module that needs one adds it here. Tests call the tasks directly. */
export function startJobs(services: Services, log: JobLog): Jobs {
  return runTasks(
    [
      { name: 'webhook deliveries', everyMs: 2000, run: () => services.webhooks.worker.runOnce() },
      { name: 'acknowledgement deadlines', everyMs: 30_000, run: () => services.acknowledgements.expireOverdue() },
      { name: 'liaison reminders', everyMs: 60_000, run: () => services.liaison.reminders.runOnce() },
    ],
    log,
  )
}
