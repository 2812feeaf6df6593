export function Inbox() {
  return <p>Inbox</p>
}
