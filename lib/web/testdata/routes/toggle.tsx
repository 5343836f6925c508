import Toggle from "../islands/Toggle.tsx";

export default function TogglePage() {
  return <Toggle />;
}
