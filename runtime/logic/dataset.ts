// The dataset of an element: its `data-*` attributes by WeChat's key names. Apart from events.ts,
// which imports the component instances, so that selector queries (which those instances make)
// need not import the events.

/** `data-element-type` → `elementType`; upper case letters become lower case, as in WeChat. */
export function datasetKey(attribute: string): string {
  return attribute.slice(5).toLowerCase().replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}
