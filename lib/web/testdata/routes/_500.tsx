export default function Failed() {
  return <h1>Fixture failed</h1>;
}
