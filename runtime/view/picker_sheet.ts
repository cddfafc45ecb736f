// The sheet a `<picker>` opens, drawn by the render layer above the page (like the UI layer's
// modals): a header with cancel and confirm, and columns of options, the chosen one of each in the
// middle band. A tap on an option, or scrolling a column, chooses; columns may change while the
// sheet is open (a multiSelector's range, a date's days, a region's cities).

/** Rules of the sheet, added to the view's style sheet. */
export const PICKER_SHEET_CSS = [
  'wx-picker-sheet{position:fixed;left:0;right:0;bottom:0;z-index:5001;display:block;background:#fff;font-family:sans-serif;pointer-events:auto}',
  'wx-picker-sheet-header{display:flex;align-items:center;justify-content:space-between;height:56px;padding:0 16px;border-bottom:1px solid #eee}',
  'wx-picker-sheet-title{flex:1;text-align:center;font-weight:bold}',
  'wx-picker-sheet-cancel,wx-picker-sheet-confirm{display:block;padding:8px 12px;cursor:pointer;font-size:17px}',
  'wx-picker-sheet-cancel{color:#000}',
  'wx-picker-sheet-confirm{color:#07c160;font-weight:bold}',
  'wx-picker-sheet-body{position:relative;display:flex;height:238px;overflow:hidden}',
  'wx-picker-sheet-column{display:block;flex:1;height:100%;overflow-y:auto;box-sizing:border-box;padding:102px 0;scroll-snap-type:y mandatory;scrollbar-width:none}',
  'wx-picker-sheet-item{display:block;height:34px;line-height:34px;text-align:center;font-size:16px;color:#999;overflow:hidden;white-space:nowrap;text-overflow:ellipsis;cursor:pointer;scroll-snap-align:center}',
  'wx-picker-sheet-item.selected{color:#000}',
  'wx-picker-sheet-band{position:absolute;left:0;right:0;top:102px;height:34px;border-top:1px solid #e5e5e5;border-bottom:1px solid #e5e5e5;pointer-events:none}',
].join('');

/** Height of one option, in px. */
const ITEM_HEIGHT = 34;

export interface PickerSheetOptions {
  title: string;
  /** The options of each column, and the chosen index of each. */
  columns: string[][];
  value: number[];
  /** A column's choice changed (by the user); may return new columns and choices to show. */
  onColumnChange(column: number, index: number, value: number[]): { columns: string[][]; value: number[] } | void;
}

/** An open sheet: `setColumns` replaces what it shows (the picker's properties changed). */
export interface PickerSheet {
  setColumns(columns: string[][], value: number[]): void;
  /** The choices being made. */
  current(): number[];
  /** Closes it as if cancelled. */
  close(): void;
  /** The choices when confirmed, null when cancelled. */
  readonly result: Promise<number[] | null>;
}

export function openPickerSheet(root: Element, options: PickerSheetOptions): PickerSheet {
  const document = root.ownerDocument;
  const el = (tag: string, parent: Element, text?: string) => {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    parent.appendChild(e);
    return e as HTMLElement;
  };
  const mask = document.createElement('wx-ui-mask');
  root.appendChild(mask);
  const sheet = el('wx-picker-sheet', root);
  const header = el('wx-picker-sheet-header', sheet);
  const cancel = el('wx-picker-sheet-cancel', header, '取消');
  el('wx-picker-sheet-title', header, options.title);
  const confirm = el('wx-picker-sheet-confirm', header, '确定');
  const body = el('wx-picker-sheet-body', sheet);

  let columns = options.columns;
  let value = options.value.slice();
  let resolve!: (v: number[] | null) => void;
  const result = new Promise<number[] | null>((r) => (resolve = r));
  const finish = (answer: number[] | null) => {
    mask.remove();
    sheet.remove();
    resolve(answer);
  };

  const choose = (column: number, index: number, scroll: boolean) => {

    const count = columns[column]?.length ?? 0;
    index = Math.max(0, Math.min(count - 1, index));
    if (index === value[column]) return;
    value[column] = index;
    const next = options.onColumnChange(column, index, value.slice());
    if (next) {
      columns = next.columns;
      value = next.value.slice();
    }
    render();
    if (!scroll) mark(column, false);
  };

  /** Where each column was put (its own scroll event there is not the user's). */
  const placed: number[] = [];

  /** Highlights a column's chosen option and scrolls it into the band. */
  const mark = (column: number, scroll: boolean) => {
    const list = body.children[column] as HTMLElement | undefined;
    if (list === undefined) return;
    Array.from(list.children).forEach((item, i) => item.classList.toggle('selected', i === value[column]));
    if (scroll) list.scrollTop = placed[column] = value[column] * ITEM_HEIGHT;
  };

  /** The options each column shows now, to rebuild only the columns that changed. */
  let shown: string[][] = [];

  const column = (c: number): HTMLElement => {
    const list = document.createElement('wx-picker-sheet-column') as HTMLElement;
    list.setAttribute('data-column', String(c));
    let settle: ReturnType<typeof setTimeout> | undefined;
    list.addEventListener('scroll', () => {
      if (list.scrollTop === placed[c]) return;
      clearTimeout(settle);
      settle = setTimeout(() => {
        if (list.isConnected) choose(c, Math.round(list.scrollTop / ITEM_HEIGHT), false);
      }, 120);
    });
    return list;
  };

  const render = () => {
    const lists = Array.from(body.querySelectorAll('wx-picker-sheet-column')) as HTMLElement[];
    while (lists.length > columns.length) lists.pop()!.remove();
    columns.forEach((items, c) => {
      let list = lists[c];
      if (list === undefined) {
        list = column(c);
        body.insertBefore(list, body.querySelector('wx-picker-sheet-band'));
      }
      if (JSON.stringify(shown[c]) !== JSON.stringify(items)) {
        list.replaceChildren();
        items.forEach((text, i) => {
          const item = el('wx-picker-sheet-item', list!, text);
          item.setAttribute('data-index', String(i));
          item.addEventListener('click', () => choose(c, i, true));
        });
      }
      value[c] = Math.max(0, Math.min(items.length - 1, value[c] ?? 0));
      mark(c, true);
    });
    shown = columns.map((c) => c.slice());
    if (body.querySelector('wx-picker-sheet-band') === null) el('wx-picker-sheet-band', body);
  };
  render();

  cancel.addEventListener('click', () => finish(null));
  mask.addEventListener('click', () => finish(null));
  confirm.addEventListener('click', () => finish(value.slice()));
  return {
    result,
    setColumns(next, nextValue) {
      columns = next;
      value = nextValue.slice();
      render();
    },
    current: () => value.slice(),
    close: () => finish(null),
  };
}
