// Country calling codes for the phone-number button's country picker (the most common senders'
// countries; any other number can be typed in full with its "+" code).

export interface Country {
  iso: string;
  dial: string;
}

export const COUNTRIES: Country[] = [
  { iso: "AR", dial: "54" }, { iso: "AU", dial: "61" }, { iso: "BR", dial: "55" }, { iso: "CA", dial: "1" },
  { iso: "CO", dial: "57" }, { iso: "DE", dial: "49" }, { iso: "EG", dial: "20" }, { iso: "ES", dial: "34" },
  { iso: "FR", dial: "33" }, { iso: "GB", dial: "44" }, { iso: "ID", dial: "62" }, { iso: "IN", dial: "91" },
  { iso: "IT", dial: "39" }, { iso: "MX", dial: "52" }, { iso: "NG", dial: "234" }, { iso: "NL", dial: "31" },
  { iso: "PK", dial: "92" }, { iso: "PT", dial: "351" }, { iso: "SA", dial: "966" }, { iso: "TR", dial: "90" },
  { iso: "AE", dial: "971" }, { iso: "US", dial: "1" }, { iso: "ZA", dial: "27" },
];

/** Splits "+393331234567" into the country (longest matching code) and the rest. */
export function splitPhone(value: string, preferred?: string): { iso: string; rest: string } {
  const digits = value.replace(/^\+/, "");
  const matches = COUNTRIES.filter((c) => digits.startsWith(c.dial)).sort((a, b) => b.dial.length - a.dial.length);
  const best = matches.find((c) => c.iso === preferred && c.dial === matches[0]?.dial) ?? matches[0];
  if (!value.startsWith("+") || !best) return { iso: "", rest: value };
  return { iso: best.iso, rest: digits.slice(best.dial.length) };
}

/** Joins a country and a local number into "+<code><number>". */
export function joinPhone(iso: string, rest: string): string {
  const country = COUNTRIES.find((c) => c.iso === iso);
  const local = rest.replace(/[^0-9]/g, "");
  return country ? `+${country.dial}${local}` : rest;
}

/** The country's name in the interface language. */
export function countryName(iso: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "region" }).of(iso) ?? iso;
  } catch {
    return iso;
  }
}
