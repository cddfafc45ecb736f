// What the baselines build with raw DOM calls, in Node (happy-dom) and in Chromium alike: the list
// fixture's tree, and a page walked into a plan that a baseline builds again node by node.

/** The list fixture's tree (page > list > n × item > text > "Item i") made with createElement/setAttribute/createTextNode/appendChild. */
export function buildList(document: Document, n: number): Element {
  const page = document.createElement('page');
  const list = document.createElement('wx-view');
  list.setAttribute('class', 'list');
  for (let i = 0; i < n; i++) {
    const item = document.createElement('wx-view');
    item.setAttribute('class', 'item');
    const text = document.createElement('wx-text');
    text.setAttribute('class', 'title');
    text.appendChild(document.createTextNode(`Item ${i}`));
    item.appendChild(text);
    list.appendChild(item);
  }
  page.appendChild(list);
  return page;
}

/** One node of a page, as a baseline builds it. */
export type Plan = { tag: string; attrs: [string, string][]; children: Plan[] } | { text: string };

export function planOf(node: Node): Plan | null {
  if (node.nodeType === 3) return { text: node.textContent ?? '' };
  if (node.nodeType !== 1) return null;
  const element = node as Element;
  return {
    tag: element.tagName.toLowerCase(),
    attrs: Array.from(element.attributes, (a) => [a.name, a.value] as [string, string]),
    children: Array.from(element.childNodes, planOf).filter((p): p is Plan => p !== null),
  };
}
