// The touch screen entry point: a "Report an error" button under the reader's selection
// (the loader calls `corrigenda.touch(range | false)` whenever a selection settles).

const GAP_PX = 10; // below the selection: mobile selection menus open above it
const EDGE_PX = 8; // keep clear of the screen edges
const BUTTON_BOX_PX = { width: 220, height: 56 }; // generous size guess for clamping

let host = null;
let saved = null;

function place() {
  const rect = saved.getBoundingClientRect();
  const top = Math.min(rect.bottom + GAP_PX, innerHeight - BUTTON_BOX_PX.height);
  const left = Math.min(rect.left, innerWidth - BUTTON_BOX_PX.width);
  host.style.top = `${Math.max(EDGE_PX, top)}px`;
  host.style.left = `${Math.max(EDGE_PX, left)}px`;
}

/** Show the button for `range`, or hide it when `range` is falsy. */
export function touch(range, { label, style, open, h }) {
  saved = range;
  if (!host) {
    host = h("corrigenda-button");
    const shadow = host.attachShadow({ mode: "open" });
    style(shadow);
    const button = h("button", { type: "button", class: "primary" }, label);
    // Keep the selection alive: a tap would otherwise collapse it before the click.
    button.onpointerdown = (event) => event.preventDefault();
    button.onclick = () => {
      host.hidden = true;
      open(saved);
    };
    shadow.append(button);
    document.body.append(host);
    addEventListener("scroll", () => saved && !host.hidden && place(), { passive: true });
  }
  host.hidden = !range;
  if (range) place();
}
