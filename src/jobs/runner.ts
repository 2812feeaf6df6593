/** A periodic background task: `run` is called every `everyMs`, never while its previous run is still going. */
export interface Task {
  name: string
  everyMs: number
  run: () => Promise<unknown>
}

export interface Jobs {
  /** Stops scheduling and waits for the runs in progress to finish. */
  stop(): Promise<void>
}

export interface JobLog {
  error(obj: object, msg: string): void
}

/** Runs tasks on timers. A failing run is logged and the task runs again next time: one bad run must not stop it. */
export function runTasks(tasks: Task[], log: JobLog): Jobs {
  let stopped = false
  const running = new Set<Promise<void>>()
  const timers = tasks.map((task) => {
    let busy = false
    const timer = setInterval(() => {
      // A run slower than the interval (a slow webhook receiver) is not piled on: the next tick simply skips.
      if (busy || stopped) return
      busy = true
      const run: Promise<void> = Promise.resolve()
        .then(task.run)
        .then(
          () => {},
          (err) => log.error({ err, task: task.name }, 'background task failed'),
        )
        .finally(() => {
          busy = false
          running.delete(run)
        })
      running.add(run)
    }, task.everyMs)
    // Timers alone do not keep the process alive: the server does, and stopping it stops them.
    timer.unref()
    return timer
  })
  return {
    async stop() {
      stopped = true
      for (const t of timers) clearInterval(t)
      await Promise.all(running)
    },
  }
}
