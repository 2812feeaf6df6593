export function Agreements() {
  return <p>Agreements</p>
}
