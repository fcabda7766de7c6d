// Durations as the countdowns and call timers show and speak them.

/** The visible countdown: minutes and seconds, `00:08`. */
export function clockTime(seconds: number): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(Math.floor(seconds / 60))}:${pad(seconds % 60)}`;
}

/** A duration as speech reads it best, "8 seconds" or "8 Sekunden": `00:08` is read as digits. */
export function spokenSeconds(seconds: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'second', unitDisplay: 'long' }).format(seconds);
}
