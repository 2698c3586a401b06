/** 'dark' when Outlook's body background is dark; Outlook before Mailbox 1.14 gives no theme, so 'light'. */
export function officeTheme(theme: Pick<Office.OfficeTheme, 'bodyBackgroundColor'> | null | undefined): 'light' | 'dark' {
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(theme?.bodyBackgroundColor?.trim() ?? '')?.[1];
  if (!hex) return 'light';
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const channel = parseInt(full.slice(i, i + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  // WCAG relative luminance: below 0.179 white text contrasts better than black, so the theme is dark.
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.179 ? 'dark' : 'light';
}
