import { guideTitle } from "./(_shared)/titles.ts";

export default function Guide() {
  return <h1>{guideTitle()}</h1>;
}
