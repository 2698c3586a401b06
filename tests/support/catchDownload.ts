/**
 * What the pane hands the browser to download (a CSV): the file and the name it downloads under.
 * Call jest.restoreAllMocks() after each test.
 */
export function catchDownload() {
  const got: { name?: string; blob?: Blob } = {};
  Object.assign(URL, { createObjectURL: (blob: Blob) => ((got.blob = blob), 'blob:csv'), revokeObjectURL: () => undefined });
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    got.name = this.download;
  });
  return got;
}

/** A downloaded file's text: jsdom's Blob has no text(). */
export function textOf(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(blob);
  });
}
