/**
 * How a first message says the sender found us, in English or Ukrainian ("We found you at the Kyiv
 * IT Expo", «порекомендували вас»), as a default lead-source code. Heuristic on purpose: it only
 * pre-fills a form the manager checks, and the first cue in the text wins.
 */
const CUES: [code: string, cue: RegExp][] = [
  ['recommendation', /(?<!\p{L})(recommend\p{L}*|referred|порекоменд\p{L}*|рекоменд\p{L}*|порадил\p{L}*|порадив)(?!\p{L})/iu],
  ['exhibition', /(?<!\p{L})(expo|exhibition|trade (?:fair|show)|fair|booth|виставц\p{L}*|виставк\p{L}*|ярмар\p{L}*|стенд\p{L}*)(?!\p{L})/iu],
  ['article', /(?<!\p{L})(article|стат(?:тя|тю|ті|тею))(?!\p{L})/iu],
  ['website', /(?<!\p{L})(your (?:web ?)?site|on your website|вашому сайті|вашого сайту|на сайті)(?!\p{L})/iu],
  ['advertising', /(?<!\p{L})(advert\p{L}*|your ad|реклам\p{L}*)(?!\p{L})/iu],
];

export function mentionedLeadSource(text: string): string {
  let found = { code: '', at: Infinity };
  for (const [code, cue] of CUES) {
    const at = text.search(cue);
    if (at >= 0 && at < found.at) found = { code, at };
  }
  return found.code;
}
