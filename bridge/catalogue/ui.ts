// Interface drawn by the render layer above the page: toasts, loading, modals, action sheets.
import { api, type ApiEntry } from './entry.js';

const text = { type: 'string' } as const;

export const uiApis: ApiEntry[] = [
  api({
    name: 'showToast',
    sync: false,
    params: {
      title: { schema: text, required: true },
      icon: { schema: { type: 'string', enum: ['success', 'error', 'loading', 'none'] }, default: 'success' },
      image: { schema: text },
      duration: { schema: { type: 'number', min: 0 }, default: 1500 },
      mask: { schema: { type: 'boolean' }, default: false },
    },
    doc: 'a toast for `duration` ms',
  }),
  api({ name: 'hideToast', sync: false, params: {}, doc: 'hides the toast' }),
  api({ name: 'hideKeyboard', sync: false, params: {}, doc: 'the focused input or textarea loses focus (and sends `blur`)' }),
  api({ name: 'showLoading', sync: false, params: { title: { schema: text, required: true }, mask: { schema: { type: 'boolean' }, default: false } }, doc: 'a loading toast until `hideLoading`' }),
  api({ name: 'hideLoading', sync: false, params: {}, doc: 'hides the loading toast' }),
  api({
    name: 'showModal',
    sync: false,
    params: {
      title: { schema: text, default: '' },
      content: { schema: text, default: '' },
      showCancel: { schema: { type: 'boolean' }, default: true },
      cancelText: { schema: { type: 'string', maxLength: 4, tooLong: 'cancelText length should not larger than 4 Chinese characters' }, default: '取消' },
      cancelColor: { schema: text, default: '#000000' },
      confirmText: { schema: { type: 'string', maxLength: 4, tooLong: 'confirmText length should not larger than 4 Chinese characters' }, default: '确定' },
      confirmColor: { schema: text, default: '#576B95' },
      editable: { schema: { type: 'boolean' }, default: false },
      placeholderText: { schema: text, default: '' },
    },
    doc: 'a dialog; `confirm`/`cancel` (and `content` when editable) once the user answers',
  }),
  api({
    name: 'showActionSheet',
    sync: false,
    params: {
      alertText: { schema: text },
      itemList: { schema: { type: 'array', items: text, maxItems: 6 }, required: true },
      itemColor: { schema: text, default: '#000000' },
    },
    doc: 'a menu of up to 6 items; `tapIndex`, or `fail cancel`',
  }),
];
