// `<picker>`: a tap opens a sheet to choose from (unless `disabled`); confirming sends `change`
// with the value its `mode` gives (picker_modes.ts), cancelling sends `cancel`; a multiSelector
// sends `columnchange` (`{ column, value }`) as a column changes. `header-text` titles the sheet.
// What the user chose stays until the logic thread sets another `value`. A form field.
import type { JsonValue } from '../../../bridge/protocol.js';
import { openPickerSheet, type PickerSheet } from '../picker_sheet.js';
import { bool, Builtin, str, type FormField } from './builtin.js';
import { PICKER_MODES, type PickerMode } from './picker_modes.js';

export const PICKER_CSS = 'wx-picker{display:block;cursor:pointer}';

export class PickerComponent extends Builtin implements FormField {
  private sheet: PickerSheet | null = null;
  /** The value the user confirmed, until the logic thread sets another. */
  private chosen: JsonValue | undefined;
  private valueProp: string | undefined;

  private mode(): PickerMode {
    return PICKER_MODES[str(this.prop('mode'), 'selector')] ?? PICKER_MODES.selector;
  }

  /** The picker's properties, with the value the user chose last. */
  private props = (name: string): JsonValue | undefined => (name === 'value' && this.chosen !== undefined ? this.chosen : this.prop(name));

  override update(): void {
    const value = JSON.stringify(this.prop('value') ?? null);
    if (value !== this.valueProp) {
      this.valueProp = value;
      this.chosen = undefined;
    }
    if (this.sheet !== null) {
      const { columns, value: indices } = this.mode().columns(this.props, this.sheet.current());
      this.sheet.setColumns(columns, indices);
    }
  }

  override activate(): boolean {
    if (bool(this.prop('disabled')) || this.sheet !== null) return true;
    const mode = this.mode();
    const isMulti = str(this.prop('mode'), 'selector') === 'multiSelector';
    const { columns, value } = mode.columns(this.props);
    const sheet = openPickerSheet(this.host.ui.root, {
      title: str(this.prop('header-text')),
      columns,
      value,
      onColumnChange: (column, index, chosen) => {
        if (isMulti) {
          this.emit('columnchange', { column, value: index });
          return;
        }
        return mode.columns(this.props, chosen);
      },
    });
    this.sheet = sheet;
    void sheet.result.then((result) => {
      this.sheet = null;
      if (result === null) {
        this.emit('cancel', {});
        return;
      }
      const detail = mode.detail(this.props, result);
      this.chosen = detail.value;
      this.emit('change', detail);
    });
    return true;
  }

  fieldName(): string {
    return str(this.prop('name'));
  }

  fieldValue(): JsonValue {
    const value = this.props('value');
    const mode = str(this.prop('mode'), 'selector');
    // A selector's value is an index (a Number property in WeChat, whatever the attribute's text).
    if (mode === 'selector') return Number(value ?? 0) || 0;
    if (mode === 'multiSelector') return Array.isArray(value) ? value.map((v) => Number(v) || 0) : [];
    return value === undefined ? '' : value;
  }

  resetField(): void {
    this.chosen = undefined;
  }

  override destroy(): void {
    this.sheet?.close();
  }
}
