export function RecordPanel({ kind, id }: { kind: string; id: string }) {
  return <p>{kind} {id}</p>
}
