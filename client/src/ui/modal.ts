/**
 * A modal dialog's frame: a backdrop on the page, closed by its close button or a click beside the
 * dialog; focus comes back on close to where it was when the dialog opened.
 */
import { h } from './dom.ts';

export interface Modal {
  backdrop: HTMLElement;
  /** Shows the dialog, remembering the focused element the first time it opens. */
  show(): void;
  close(): void;
  isOpen(): boolean;
}

export function mountModal(dialog: HTMLElement, closeBtn: HTMLElement): Modal {
  const backdrop = h('div', { class: 'backdrop', hidden: true }, dialog);
  document.body.append(backdrop);
  let returnFocus: HTMLElement | undefined;
  const close = () => {
    backdrop.hidden = true;
    returnFocus?.focus();
    returnFocus = undefined;
  };
  closeBtn.addEventListener('click', close);
  backdrop.addEventListener('click', (e) => {
    if (e.target === backdrop) close();
  });
  return {
    backdrop,
    show: () => {
      if (backdrop.hidden) returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
      backdrop.hidden = false;
    },
    close,
    isOpen: () => !backdrop.hidden,
  };
}
