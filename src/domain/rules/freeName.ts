/** A file name not yet taken in a folder: "offer.pdf", then "offer 1.pdf", as SharePoint renames on conflict. */
export function freeName(name: string, taken: (candidate: string) => boolean): string {
  if (!taken(name)) return name;
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let n = 1; ; n++) if (!taken(`${stem} ${n}${ext}`)) return `${stem} ${n}${ext}`;
}
