export function NewRecord() {
  return <p>NewRecord</p>
}
