export function Admin() {
  return <p>Admin</p>
}
