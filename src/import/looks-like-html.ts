/** Whether imported text is meant as HTML, when the file does not say. */

// Anki decides with text.rs::is_html (anything tag-like). We ask for a known tag or entity, so
// that "a < b > c" in a plain CSV is not taken for markup.
const HTML_HINT =
  /<\/?(?:a|b|i|u|s|br|hr|p|div|span|img|ul|ol|li|em|strong|sub|sup|table|thead|tbody|tr|td|th|code|pre|font|h[1-6]|ruby|rt|audio|video|source|blockquote)\b[^<>]*>|&(?:nbsp|amp|lt|gt|quot|#\d+|#x[0-9a-f]+);/i;

/** True if any of the given field values contains a known HTML tag or entity. */
export function looksLikeHtml(values: Iterable<string>): boolean {
  for (const value of values) if (HTML_HINT.test(value)) return true;
  return false;
}
