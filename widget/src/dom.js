// From the live DOM to raw text (docs/normalisation.md §1), remembering where each text
// node starts so a selection's boundaries can be turned into raw code point offsets.

const SKIPPED = new Set(
  "script style noscript template svg iframe button select textarea".split(" "),
);
const BLOCKS = new Set(
  (
    "address article aside blockquote dd div dl dt figcaption figure footer form h1 h2 h3 " +
    "h4 h5 h6 header hr li main nav ol p pre section table tbody thead tfoot tr td th ul"
  ).split(" "),
);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

function isSkipped(el) {
  return SKIPPED.has(el.localName) || el.matches("[hidden],[data-corrigenda-ignore]");
}

const codePoints = (s) => Array.from(s).length;

/**
 * Raw text of `root` and its text nodes with their raw code point start.
 * Recursion depth equals DOM depth, which browsers already cap far below stack limits.
 * @returns {{raw: string, nodes: {node: Node, start: number}[]}}
 */
export function walk(root) {
  const parts = [];
  const nodes = [];
  let length = 0;
  const emit = (text) => {
    parts.push(text);
    length += codePoints(text);
  };
  const visit = (node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        nodes.push({ node: child, start: length });
        emit(child.data);
      } else if (child.nodeType === ELEMENT_NODE && !isSkipped(child)) {
        const block = BLOCKS.has(child.localName) || child.localName === "br";
        if (block) emit(" ");
        visit(child);
        if (block && child.localName !== "br") emit(" ");
      }
    }
  };
  visit(root);
  return { raw: parts.join(""), nodes };
}

/**
 * Raw code point offset of a DOM boundary point (container, offset). A point in a text
 * node we walked counts characters into it; any other point (an element boundary, a
 * skipped subtree) maps to the start of the next walked text node, or the end.
 */
export function rawOffset(walked, container, offset, doc = document) {
  const { raw, nodes } = walked;
  const hit = nodes.find((entry) => entry.node === container);
  if (hit) return hit.start + codePoints(container.data.slice(0, offset));
  const probe = doc.createRange();
  probe.setStart(container, offset);
  const next = nodes.find((entry) => probe.comparePoint(entry.node, 0) >= 0);
  return next ? next.start : codePoints(raw);
}
