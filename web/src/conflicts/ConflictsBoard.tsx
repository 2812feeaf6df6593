export function ConflictsBoard() {
  return <p>ConflictsBoard</p>
}
