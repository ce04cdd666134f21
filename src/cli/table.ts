/** Renders rows as an aligned text table; `align` per column, 'r' for numbers. */
export function renderTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly ('l' | 'r')[],
): string {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => {
        const pad = ' '.repeat(Math.max(0, widths[i]! - width(c)));
        return align[i] === 'r' ? pad + c : c + pad;
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n') + '\n';
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** Display width: ANSI colours take no room, combining marks (Vietnamese tones) neither. */
function width(s: string): number {
  return s
    .replace(ANSI, '')
    .normalize('NFC')
    .replace(/[\u0300-\u036f]/g, '').length;
}

const COLOURS = { green: 32, red: 31, yellow: 33, cyan: 36, grey: 90 } as const;

/** Wraps text in an ANSI colour when `enabled` (a TTY), else returns it unchanged. */
export function colour(text: string, name: keyof typeof COLOURS, enabled: boolean): string {
  return enabled ? `\u001b[${COLOURS[name]}m${text}\u001b[0m` : text;
}
