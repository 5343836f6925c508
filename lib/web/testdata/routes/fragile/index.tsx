export default function Fragile() {
  return <h1>Fragile page</h1>;
}
