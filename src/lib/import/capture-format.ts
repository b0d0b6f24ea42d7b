import { ImportError } from './draft';

/** A saved page opens with a doctype or <html>, perhaps after comments a saving tool wrote. */
const HTML_START = /^\uFEFF?\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i;

/**
 * Whether a capture is a saved HTML page or plain text, from its name and its first bytes.
 * Throws for a file that is neither (binary data, or empty), naming it as not a capture.
 */
export function captureFormat(name: string, text: string): 'text' | 'html' {
  if (text.includes('\u0000')) {
    throw new ImportError('(capture)', 'not a capture: the file is binary, not UTF-8 text or HTML');
  }
  if (text.trim() === '') throw new ImportError('(capture)', 'not a capture: the file is empty');
  if (/\.x?html?$/i.test(name) || HTML_START.test(text)) {
    if (!/<(?:html|body|p|article)[\s>]/i.test(text)) {
      throw new ImportError('(capture)', 'not a capture: the file is named as HTML but holds no HTML page');
    }
    return 'html';
  }
  return 'text';
}
