/**
 * A 3×5 pixel font for the Summary chart's axis values, month labels and legend (drawn at
 * 2×): enough to read a chart printed from the XLSX, without a font renderer in src/shared.
 * Letters are drawn as capitals; a character without a glyph is left blank.
 */
const GLYPHS: Record<string, string> = {
  '0': '### #.# #.# #.# ###', '1': '.#. ##. .#. .#. ###', '2': '### ..# ### #.. ###', '3': '### ..# .## ..# ###',
  '4': '#.# #.# ### ..# ..#', '5': '### #.. ### ..# ###', '6': '### #.. ### #.# ###', '7': '### ..# ..# .#. .#.',
  '8': '### #.# ### #.# ###', '9': '### #.# ### ..# ###', '-': '... ... ### ... ...', ',': '... ... ... .#. #..',
  '.': '... ... ... ... .#.', "'": '.#. .#. ... ... ...', '(': '.#. #.. #.. #.. .#.', ')': '.#. ..# ..# ..# .#.',
  '/': '..# ..# .#. #.. #..', '%': '#.# ..# .#. #.. #.#', '×': '... #.# .#. #.# ...',
  _: '... ... ... ... ###', ':': '... .#. ... .#. ...', '+': '... .#. ### .#. ...', '&': '.#. #.# .#. #.# .##',
  A: '.#. #.# ### #.# #.#', B: '##. #.# ##. #.# ##.', C: '.## #.. #.. #.. .##', D: '##. #.# #.# #.# ##.',
  E: '### #.. ##. #.. ###', F: '### #.. ##. #.. #..', G: '.## #.. #.# #.# .##', H: '#.# #.# ### #.# #.#',
  I: '### .#. .#. .#. ###', J: '..# ..# ..# #.# .#.', K: '#.# #.# ##. #.# #.#', L: '#.. #.. #.. #.. ###',
  M: '#.# ### ### #.# #.#', N: '##. #.# #.# #.# #.#', O: '.#. #.# #.# #.# .#.', P: '##. #.# ##. #.. #..',
  Q: '.#. #.# #.# ##. .##', R: '##. #.# ##. #.# #.#', S: '.## #.. .#. ..# ##.', T: '### .#. .#. .#. .#.',
  U: '#.# #.# #.# #.# ###', V: '#.# #.# #.# #.# .#.', W: '#.# #.# ### ### #.#', X: '#.# #.# .#. #.# #.#',
  Y: '#.# #.# .#. .#. .#.', Z: '### ..# .#. #.. ###',
};

/** Pixels per font pixel, and the advance from one character to the next. */
export const FONT_SCALE = 2;
export const CHAR_ADVANCE = 4 * FONT_SCALE;
export const TEXT_HEIGHT = 5 * FONT_SCALE;

/** The characters drawText draws: accents folded (a tier called "Café" reads CAFE), one per code point. */
function glyphChars(text: string): string[] {
  return [...text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toUpperCase()];
}

/** Width in pixels of `text` drawn by drawText. */
export function textWidth(text: string): number {
  return Math.max(0, glyphChars(text).length * CHAR_ADVANCE - FONT_SCALE);
}

/** `text` cut to at most `width` pixels, ending in "..." when cut. */
export function fitText(text: string, width: number): string {
  const chars = glyphChars(text);
  const room = Math.floor((width + FONT_SCALE) / CHAR_ADVANCE);
  return chars.length <= room ? chars.join('') : `${chars.slice(0, Math.max(0, room - 3)).join('')}...`;
}

/** Draws `text` with its top-left at (x, y), calling `set` for every lit pixel. */
export function drawText(text: string, x: number, y: number, set: (x: number, y: number) => void): void {
  glyphChars(text).forEach((ch, k) => {
    const rows = GLYPHS[ch]?.split(' ');
    if (!rows) return;
    rows.forEach((row, r) => {
      for (let c = 0; c < 3; c++) {
        if (row[c] !== '#') continue;
        for (let dy = 0; dy < FONT_SCALE; dy++) for (let dx = 0; dx < FONT_SCALE; dx++) set(x + k * CHAR_ADVANCE + c * FONT_SCALE + dx, y + r * FONT_SCALE + dy);
      }
    });
  });
}
