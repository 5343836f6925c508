export default function NotFound() {
  return <h1>Fixture not found</h1>;
}
