/**
 * A plain-text body without the earlier messages it quotes. A client's reply carries our own
 * message below it, with our signature and phones last: what pre-fills a new client must come from
 * what the sender wrote, above the first line that starts a quote (Gmail's "On … wrote:", Outlook's
 * "-----Original Message-----" or "From: … Sent:", their Ukrainian forms, "> " lines).
 */
const QUOTE_STARTS: RegExp[] = [
  /^>/,
  /^-{2,}\s*(original message|вихідне повідомлення|оригінальне повідомлення|forwarded message|пересланий лист)\s*-{2,}$/iu,
  /^_{10,}$/,
  /(?<!\p{L})(wrote|пише|написав|написала|написав\(ла\)):$/iu,
];
// Outlook's header block: "From:" then, within the next lines, when it was sent.
const FROM = /^(from|від):\s/iu;
const SENT = /^(sent|date|надіслано|дата):\s/iu;

export function newestPart(text: string): string {
  const lines = text.replace(/\r/g, '').split('\n');
  const start = lines.findIndex((line, i) => {
    const l = line.trim();
    if (QUOTE_STARTS.some((q) => q.test(l))) return true;
    return FROM.test(l) && lines.slice(i + 1, i + 4).some((next) => SENT.test(next.trim()));
  });
  if (start < 0) return text;
  const newest = lines.slice(0, start).join('\n');
  // A forward with nothing typed above it: what it forwards is all there is to read.
  return newest.trim() ? newest : text;
}
