// The UI APIs, served by the render layer's UI layer.
import { ApiFail, type ApiHandler } from '../../bridge/handler.js';
import type { JsonObject } from '../../bridge/protocol.js';
import type { ActionSheetOptions, ModalOptions, ToastOptions, UiLayer } from '../view/ui.js';

/** Handlers for showToast, hideToast, showLoading, hideLoading, hideKeyboard, showModal and showActionSheet. */
export function uiHandlers(ui: UiLayer): Record<string, ApiHandler> {
  return {
    showToast(args) {
      ui.showToast(args as unknown as ToastOptions);
    },
    hideToast() {
      ui.hideToast();
    },
    showLoading(args) {
      ui.showLoading(args.title as string, args.mask as boolean);
    },
    hideLoading() {
      ui.hideLoading();
    },
    hideKeyboard() {
      // The keyboard belongs to the focused field: it loses focus (and sends its blur).
      const focused = ui.root.ownerDocument.activeElement as HTMLElement | null;
      if (focused !== null && (focused.localName === 'input' || focused.localName === 'textarea')) focused.blur();
    },
    async showModal(args, context) {
      const answer = await context.waitForUser(ui.showModal(args as unknown as ModalOptions));
      const res: JsonObject = { confirm: answer.confirm, cancel: answer.cancel };
      if (answer.content !== undefined) res.content = answer.content;
      return res;
    },
    async showActionSheet(args, context) {
      const index = await context.waitForUser(ui.showActionSheet(args as unknown as ActionSheetOptions));
      if (index === null) throw new ApiFail('cancel');
      return { tapIndex: index };
    },
  };
}
