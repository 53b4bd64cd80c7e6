// Lays highlights over article text by offset (never by searching strings). Spans may nest or cross:
// the text is cut at every span boundary and each piece is wrapped in the marks that cover it, outer marks
// first, so a crossing pair becomes one whole mark and one mark split in two, and the text nodes, read in
// order, are exactly the original text.

export type Mark = {
  start: number;          // UTF-16 offset, inclusive
  end: number;            // exclusive
  kind: string;           // "entity" | "time" | "trigger" | "hit" | ...
  cls?: string;           // extra class, e.g. the entity type
  id?: string;            // what it points at (entity or event id)
  title?: string;         // tooltip
  priority?: number;      // among marks with the same extent, the higher one is outermost
};

export type HNode = { text: string; start: number } | { mark: Mark; children: HNode[] };

function outerFirst(a: Mark, b: Mark): number {
  return a.start - b.start || b.end - a.end || (b.priority ?? 0) - (a.priority ?? 0);
}

/** The highlight tree of `text` under `marks`; marks outside the text or empty are dropped. */
export function layoutMarks(text: string, marks: readonly Mark[]): HNode[] {
  const valid = marks
    .filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end <= text.length && m.start < m.end)
    .sort(outerFirst);
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) { cuts.add(m.start); cuts.add(m.end); }
  const bounds = [...cuts].sort((a, b) => a - b);

  const root: HNode[] = [];
  const stack: { mark: Mark; children: HNode[] }[] = [];
  let active: Mark[] = [];
  let next = 0; // index into `valid` of the first mark not yet started
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i], to = bounds[i + 1];
    active = active.filter((m) => m.end > from);
    while (next < valid.length && valid[next].start <= from) active.push(valid[next++]);
    const covering = active.filter((m) => m.end >= to).sort(outerFirst);
    let keep = 0;
    while (keep < stack.length && keep < covering.length && stack[keep].mark === covering[keep]) keep++;
    stack.length = keep;
    for (let k = keep; k < covering.length; k++) {
      const node = { mark: covering[k], children: [] as HNode[] };
      (k === 0 ? root : stack[k - 1].children).push(node);
      stack.push(node);
    }
    (stack.length ? stack[stack.length - 1].children : root).push({ text: text.slice(from, to), start: from });
  }
  return root;
}

/** Renders the tree as text nodes and <mark> elements (text only ever set as text). */
export function renderMarks(nodes: readonly HNode[], decorate?: (el: HTMLElement, mark: Mark) => void): DocumentFragment {
  const frag = document.createDocumentFragment();
  for (const n of nodes) {
    if ("text" in n) { frag.appendChild(document.createTextNode(n.text)); continue; }
    const el = document.createElement("mark");
    el.className = `hl hl-${n.mark.kind}${n.mark.cls ? ` ${n.mark.cls}` : ""}`;
    el.dataset.kind = n.mark.kind;
    if (n.mark.id) el.dataset.id = n.mark.id;
    if (n.mark.title) el.title = n.mark.title;
    decorate?.(el, n.mark);
    el.appendChild(renderMarks(n.children, decorate));
    frag.appendChild(el);
  }
  return frag;
}
