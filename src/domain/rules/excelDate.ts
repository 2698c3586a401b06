/**
 * Excel stores dates as day serials. In the 1900 system day 1 is 1900-01-01 and day 60 is the
 * 29 February 1900 that never was (Lotus' leap-year bug, kept for compatibility); in the 1904
 * system (old Mac workbooks) day 0 is 1904-01-01. Both map to UTC dates.
 */
const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30); // serial 0 once the phantom 29 Feb is accounted for
const EPOCH_1904 = Date.UTC(1904, 0, 1);

export function excelSerialToDate(serial: number, date1904: boolean): Date {
  if (date1904) return new Date(EPOCH_1904 + Math.round(serial * DAY_MS));
  // Serials below 61 lie before the phantom day, so they are one day later than the plain count says.
  const adjusted = serial < 61 ? serial + 1 : serial;
  return new Date(EPOCH_1900 + Math.round(adjusted * DAY_MS));
}
