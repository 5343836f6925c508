import { Head } from "@/lib/web/mod.ts";
import Counter from "../islands/Counter.tsx";

export default function Home() {
  return (
    <>
      <Head>
        <title>Fixture home</title>
      </Head>
      <h1>Home</h1>
      <Counter start={3} label="</script><b>x</b>" />
      <Counter start={7} label="second" />
    </>
  );
}
