// A CSS selector whose classes are as the templates wrote them (`.van-cell`), for the DOM, where a
// component's classes carry its style scope (`.s3--van-cell`): each class matches any of its forms.

/** The selector with each `.name` standing for `name` in every one of the app's style scopes. */
export function writtenSelector(selector: string, scopes: readonly string[]): string {
  if (scopes.length === 0) return selector;
  return selector.replace(/\.(-?[_a-zA-Z][\w-]*)/g, (_m, name: string) => `:is(.${name}${scopes.map((s) => `, .${s}--${name}`).join('')})`);
}
