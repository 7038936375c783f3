// Reading generated .docx files back: for tests and golden text snapshots (architecture §7.7 — compare the XML or
// its text, never the zip bytes, whose metadata changes between runs).

import JSZip from 'jszip';

/** The text of one part of the package (e.g. 'word/document.xml', 'word/footer1.xml'); throws if it is absent. */
export async function readZipPart(buf: Buffer | Uint8Array, path: string): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  const file = zip.file(path);
  if (file === null) throw new Error(`docx: part ${path} not found`);
  return file.async('string');
}

/** All part names in the package. */
export async function listZipParts(buf: Buffer | Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(buf);
  return Object.keys(zip.files).filter((name) => !zip.files[name]?.dir);
}

export async function readDocumentXml(buf: Buffer | Uint8Array): Promise<string> {
  return readZipPart(buf, 'word/document.xml');
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? '';
  });
}

/**
 * The visible text of WordprocessingML: every w:t joined, one line per paragraph, table rows on one line with
 * cells separated by ' | ', w:tab as a space, w:br as a line break; runs of spaces collapsed, lines trimmed, empty
 * lines dropped. Field instructions (w:instrText) are not text.
 */
export function textOfXml(xml: string): string {
  const lines: string[] = [];
  let line = '';
  let cells: string[] | null = null;
  let cellDepth = 0;
  let inText = false;
  const token = /<(\/?)(w:[A-Za-z]+)\b[^>]*?(\/?)>|([^<]+)|<[^>]*>/g;
  for (let m = token.exec(xml); m !== null; m = token.exec(xml)) {
    const [, closing, tag, selfClosing, chars] = m;
    if (chars !== undefined) {
      if (inText) line += decodeXml(chars);
      continue;
    }
    if (tag === undefined) continue;
    const isClose = closing === '/';
    const isEmpty = selfClosing === '/';
    switch (tag) {
      case 'w:t':
        inText = !isClose && !isEmpty;
        break;
      case 'w:tab':
        if (!isClose) line += ' ';
        break;
      case 'w:br':
      case 'w:cr':
        if (!isClose) {
          if (cells !== null) line += ' ';
          else {
            lines.push(line);
            line = '';
          }
        }
        break;
      case 'w:p':
        if (isClose || isEmpty) {
          if (cells !== null && cellDepth > 0) line += ' ';
          else {
            lines.push(line);
            line = '';
          }
        }
        break;
      case 'w:tr':
        if (!isClose) cells = [];
        else if (cells !== null) {
          lines.push(cells.join(' | '));
          cells = null;
        }
        break;
      case 'w:tc':
        if (!isClose) {
          cellDepth += 1;
          line = '';
        } else {
          cellDepth -= 1;
          cells?.push(line.replace(/\s+/g, ' ').trim());
          line = '';
        }
        break;
      default:
        break;
    }
  }
  if (line !== '') lines.push(line);
  return lines
    .map((l) => l.replace(/[ \t\r\n]+/g, ' ').trim())
    .filter((l) => l !== '')
    .join('\n');
}

/** The normalised text of word/document.xml (see textOfXml), for golden text snapshots. */
export async function normalizedText(buf: Buffer | Uint8Array): Promise<string> {
  return textOfXml(await readDocumentXml(buf));
}
