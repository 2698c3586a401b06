/**
 * jsdom lays nothing out: this gives the pane a width for tab rows that overflow into a "More"
 * menu. Every tab row is `paneWidth` wide and each tab (the "More" button too) 80 px, as Fluent's
 * small tabs are at about that size in a 320 px pane. Undo with jest.restoreAllMocks().
 */
export function layOutPane(paneWidth: number) {
  jest.spyOn(Element.prototype, 'clientWidth', 'get').mockImplementation(function (this: Element) {
    return this.getAttribute('role') === 'tablist' ? paneWidth : 0;
  });
  jest.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockImplementation(function (this: HTMLElement) {
    return this.getAttribute('role') === 'tab' ? 80 : 0;
  });
}
