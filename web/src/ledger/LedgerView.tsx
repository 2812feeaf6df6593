export function LedgerView() {
  return <p>LedgerView</p>
}
