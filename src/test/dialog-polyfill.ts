/**
 * jsdom has no `showModal()`/`close()` on <dialog>. This stand-in toggles `open` and fires
 * `close` like a browser does, so components using the native dialog can be tested; focus
 * trapping and the backdrop are checked in Chromium by the end-to-end tests.
 */
export function installDialogPolyfill(): void {
  const proto = HTMLDialogElement.prototype;
  if (Object.hasOwn(proto, 'showModal')) return;
  proto.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  proto.show = function show(this: HTMLDialogElement) {
    this.open = true;
  };
  proto.close = function close(this: HTMLDialogElement, returnValue?: string) {
    if (!this.open) return;
    if (returnValue !== undefined) this.returnValue = returnValue;
    this.open = false;
    this.dispatchEvent(new Event('close'));
  };
}
