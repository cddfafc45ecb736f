// `<text>`: inline text whose line breaks show. `space` keeps runs of spaces (as en, em or
// non-breaking spaces), `decode` turns `&nbsp; &lt; &gt; &amp; &apos; &ensp; &emsp;` into their
// characters, `user-select` (or the older `selectable`) lets the text be selected. Snapshots keep
// the text as the logic thread set it.
import { bool, Builtin, str } from './builtin.js';

export const TEXT_CSS = 'wx-text{display:inline;white-space:pre-line;user-select:none;-webkit-user-select:none}wx-text[user-select],wx-text[selectable]{user-select:text;-webkit-user-select:text}';

const SPACES: Record<string, string> = { ensp: '\u2002', emsp: '\u2003', nbsp: '\u00a0' };
const ENTITIES: Record<string, string> = { nbsp: '\u00a0', lt: '<', gt: '>', amp: '&', apos: "'", ensp: '\u2002', emsp: '\u2003', quot: '"' };

/** The text as `<text>` shows it with its `space` and `decode` properties. */
export function shownText(text: string, space: string, decode: boolean): string {
  let out = text;
  if (decode) out = out.replace(/&(nbsp|lt|gt|amp|apos|ensp|emsp|quot);/g, (_, name: string) => ENTITIES[name]);
  const spaceChar = SPACES[space];
  if (spaceChar !== undefined) out = out.replace(/ /g, spaceChar);
  return out;
}

export class TextComponent extends Builtin {
  /** Some text node is shown otherwise than written (its logical text is kept by the view). */
  private transformed = false;

  override childrenChanged(): void {
    this.host.invalidate(this);
  }

  override update(): void {
    const space = str(this.prop('space'));
    const decode = bool(this.prop('decode'));
    // Plain text (nearly all of it) is shown as written: nothing to do.
    if (!decode && SPACES[space] === undefined && !this.transformed) return;
    this.transformed = true;
    for (let n = this.element.firstChild; n !== null; n = n.nextSibling) {
      if (n.nodeType !== 3 || this.host.idOf(n) === undefined) continue;
      const text = n as Text;
      this.host.showText(text, shownText(this.host.textOf(text), space, decode));
    }
  }
}
