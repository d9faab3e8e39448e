// Document text is data: printed to a terminal, its control characters (an ESC that would start
// an escape sequence, a carriage return that would overwrite the line, a bell) must not act.
// Each is shown as one visible character, so that columns and carets stay aligned.

/** C0 controls become their Control Pictures glyph (␛ for ESC); DEL and C1 controls become �. */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : '\ufffd';
  });
}

export interface Progress {
  /** Shows "label done/total…" on one line, at most every few items. */
  update(label: string, done: number, total: number): void;
  /** Removes the progress line before results are printed. */
  clear(): void;
}

/**
 * Progress on stderr for long runs, only on a terminal: piped or redirected output stays clean.
 * Runs shorter than `minimum` items show nothing.
 */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr, minimum = 50): Progress {
  let shown = false;
  let last = 0;
  return {
    update(label, done, total) {
      if (!stream.isTTY || total < minimum) return;
      const now = Date.now();
      if (done !== total && now - last < 100) return;
      last = now;
      stream.write(`\r\x1b[K${label} ${done}/${total}…`);
      shown = true;
    },
    clear() {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}
