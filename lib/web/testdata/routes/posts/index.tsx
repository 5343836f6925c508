export default function Posts() {
  return <h1>All posts</h1>;
}
