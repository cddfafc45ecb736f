// Interface the render layer draws itself above the pages: wx.showToast / showLoading, showModal,
// showActionSheet. Its nodes belong to the view, not to any page tree: operations from the logic
// thread can neither create nor reach them, and taps on them never become page events.

/** Rules for the UI layer, added to the view's style sheet. */
export const UI_CSS = [
  'wx-ui{position:fixed;inset:0;pointer-events:none;z-index:5000;font-family:sans-serif}',
  'wx-ui>*{pointer-events:auto}',
  'wx-ui-mask{position:fixed;inset:0;background:rgba(0,0,0,.5);display:block}',
  'wx-ui-mask.transparent{background:transparent}',
  'wx-toast{position:fixed;left:50%;top:45%;transform:translate(-50%,-50%);min-width:120px;padding:16px;border-radius:8px;background:rgba(17,17,17,.7);color:#fff;text-align:center;display:block}',
  'wx-toast-icon{display:block;font-size:40px;line-height:1}',
  'wx-modal-dialog,wx-action-sheet{position:fixed;left:50%;transform:translateX(-50%);background:#fff;display:block}',
  'wx-modal-dialog{top:50%;transform:translate(-50%,-50%);width:80%;border-radius:12px;text-align:center}',
  'wx-modal-title{display:block;padding:24px 24px 8px;font-weight:bold}',
  'wx-modal-content{display:block;padding:0 24px 24px;color:#555}',
  'wx-modal-buttons{display:flex;border-top:1px solid #eee}',
  'wx-modal-button,wx-action-sheet-item,wx-action-sheet-cancel{flex:1;display:block;padding:14px;cursor:pointer;text-align:center}',
  'wx-action-sheet{bottom:0;width:100%;border-radius:12px 12px 0 0}',
  'wx-action-sheet-alert{display:block;padding:12px;color:#888;text-align:center}',
  'wx-action-sheet-cancel{border-top:8px solid #f5f5f5}',
].join('');

const ICONS: Record<string, string> = { success: '✓', error: '✕', loading: '…' };

export interface ToastOptions {
  title: string;
  icon: string;
  image?: string;
  duration: number;
  mask: boolean;
}

export interface ModalOptions {
  title: string;
  content: string;
  showCancel: boolean;
  cancelText: string;
  cancelColor: string;
  confirmText: string;
  confirmColor: string;
  editable: boolean;
  placeholderText: string;
}

export interface ActionSheetOptions {
  alertText?: string;
  itemList: string[];
  itemColor: string;
}

/** The user's answer to a modal. */
export interface ModalAnswer {
  confirm: boolean;
  cancel: boolean;
  /** The text typed into an editable modal. */
  content?: string;
}

export class UiLayer {
  /** The layer's root, appended to the view's container. */
  readonly root: Element;
  private toast: { element: Element; mask: Element | null; loading: boolean; timer: number | undefined } | null = null;
  private closeModal: (() => void) | null = null;
  private closeSheet: (() => void) | null = null;

  constructor(private readonly container: Element) {
    this.root = this.el('wx-ui');
    container.appendChild(this.root);
  }

  /** A toast for `duration` ms; it replaces a shown toast or loading toast. */
  showToast(options: ToastOptions): void {
    this.showToastLike(options.title, options.icon, options.image, options.mask, false);
    const window = this.container.ownerDocument.defaultView;
    const toast = this.toast!;
    toast.timer = window?.setTimeout(() => {
      if (this.toast === toast) this.removeToast();
    }, options.duration) as number | undefined;
  }

  hideToast(): void {
    if (this.toast !== null && !this.toast.loading) this.removeToast();
  }

  /** A loading toast, until hideLoading. */
  showLoading(title: string, mask: boolean): void {
    this.showToastLike(title, 'loading', undefined, mask, true);
  }

  hideLoading(): void {
    if (this.toast?.loading) this.removeToast();
  }

  /** A modal dialog; resolves with the button the user tapped. A new modal cancels the shown one. */
  showModal(options: ModalOptions): Promise<ModalAnswer> {
    this.closeModal?.();
    return new Promise((resolve) => {
      const mask = this.el('wx-ui-mask');
      const dialog = this.el('wx-modal-dialog');
      if (options.title !== '') dialog.appendChild(this.el('wx-modal-title', options.title));
      let input: HTMLInputElement | null = null;
      if (options.editable) {
        input = this.container.ownerDocument.createElement('input');
        input.className = 'wx-modal-input';
        input.value = options.content;
        input.placeholder = options.placeholderText;
        dialog.appendChild(input);
      } else if (options.content !== '') dialog.appendChild(this.el('wx-modal-content', options.content));
      const buttons = this.el('wx-modal-buttons');
      const finish = (answer: ModalAnswer | null) => {
        mask.remove();
        dialog.remove();
        this.closeModal = null;
        resolve(answer ?? { confirm: false, cancel: true });
      };
      if (options.showCancel) {
        const cancel = this.el('wx-modal-button', options.cancelText, 'cancel');
        cancel.setAttribute('style', `color:${options.cancelColor}`);
        cancel.addEventListener('click', () => finish({ confirm: false, cancel: true }));
        buttons.appendChild(cancel);
      }
      const confirm = this.el('wx-modal-button', options.confirmText, 'confirm');
      confirm.setAttribute('style', `color:${options.confirmColor}`);
      confirm.addEventListener('click', () => finish(input === null ? { confirm: true, cancel: false } : { confirm: true, cancel: false, content: input.value }));
      buttons.appendChild(confirm);
      dialog.appendChild(buttons);
      this.root.append(mask, dialog);
      this.closeModal = () => finish(null);
    });
  }

  /** An action sheet; resolves with the index of the tapped item, or null when cancelled. */
  showActionSheet(options: ActionSheetOptions): Promise<number | null> {
    this.closeSheet?.();
    return new Promise((resolve) => {
      const mask = this.el('wx-ui-mask');
      const sheet = this.el('wx-action-sheet');
      const finish = (index: number | null) => {
        mask.remove();
        sheet.remove();
        this.closeSheet = null;
        resolve(index);
      };
      if (options.alertText) sheet.appendChild(this.el('wx-action-sheet-alert', options.alertText));
      options.itemList.forEach((text, index) => {
        const item = this.el('wx-action-sheet-item', text);
        item.setAttribute('data-index', String(index));
        item.setAttribute('style', `color:${options.itemColor}`);
        item.addEventListener('click', () => finish(index));
        sheet.appendChild(item);
      });
      const cancel = this.el('wx-action-sheet-cancel', '取消');
      cancel.addEventListener('click', () => finish(null));
      mask.addEventListener('click', () => finish(null));
      sheet.appendChild(cancel);
      this.root.append(mask, sheet);
      this.closeSheet = () => finish(null);
    });
  }

  /** Whether anything is shown. */
  get empty(): boolean {
    return this.root.childNodes.length === 0;
  }

  /** Removes the layer; an open modal or action sheet counts as cancelled. */
  destroy(): void {
    this.closeModal?.();
    this.closeSheet?.();
    this.removeToast();
    this.root.remove();
  }

  private showToastLike(title: string, icon: string, image: string | undefined, mask: boolean, loading: boolean): void {
    this.removeToast();
    const element = this.el('wx-toast', undefined, `wx-toast--${icon}`);
    if (image !== undefined && image !== '') {
      const img = this.container.ownerDocument.createElement('img');
      img.setAttribute('src', image);
      element.appendChild(img);
    } else if (icon !== 'none') element.appendChild(this.el('wx-toast-icon', ICONS[icon]));
    element.appendChild(this.el('wx-toast-title', title));
    const maskElement = mask ? this.el('wx-ui-mask', undefined, 'transparent') : null;
    if (maskElement !== null) this.root.appendChild(maskElement);
    this.root.appendChild(element);
    this.toast = { element, mask: maskElement, loading, timer: undefined };
  }

  private removeToast(): void {
    const toast = this.toast;
    if (toast === null) return;
    if (toast.timer !== undefined) this.container.ownerDocument.defaultView?.clearTimeout(toast.timer);
    toast.element.remove();
    toast.mask?.remove();
    this.toast = null;
  }

  private el(tag: string, text?: string, className?: string): Element {
    const element = this.container.ownerDocument.createElement(tag);
    if (text !== undefined) element.textContent = text;
    if (className !== undefined) element.setAttribute('class', className);
    return element;
  }
}
