// The touch screen entry point: a "Report an error" button under the reader's selection
// (the loader calls `corrigenda.touch(range | false)` whenever a selection settles).
import { h, shadowHost } from "./ui.js";

const GAP_PX = 10; // below the selection: mobile selection menus open above it
const EDGE_PX = 8; // keep clear of the screen edges
// A generous guess at the button's size, to keep it on screen.
const BUTTON_WIDTH_PX = 220;
const BUTTON_HEIGHT_PX = 56;

let host = null;
let saved = null;

function place() {
  const rect = saved.getBoundingClientRect();
  const top = Math.min(rect.bottom + GAP_PX, innerHeight - BUTTON_HEIGHT_PX);
  const left = Math.min(rect.left, innerWidth - BUTTON_WIDTH_PX);
  host.style.top = `${Math.max(EDGE_PX, top)}px`;
  host.style.left = `${Math.max(EDGE_PX, left)}px`;
}

/** Show the button for `range`, or hide it when `range` is falsy. */
export function touch(range, label, open) {
  saved = range;
  if (!host) {
    let shadow;
    [host, shadow] = shadowHost("corrigenda-button");
    const onclick = () => {
      host.hidden = true;
      open(saved);
    };
    // Keep the selection alive: a tap would otherwise collapse it before the click.
    const onpointerdown = (event) => event.preventDefault();
    shadow.append(h("button", { type: "button", class: "primary", onclick, onpointerdown }, label));
    document.body.append(host);
    addEventListener("scroll", () => !host.hidden && place(), { passive: true });
  }
  host.hidden = !range;
  if (range) place();
}
