/**
 * Plain-text card content to safe HTML: every character escaped, blank lines make
 * paragraphs, lines starting with "- " make a bullet list, other newlines make line breaks.
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Renders plain text as escaped HTML with paragraphs, bullets and line breaks. */
export function plainTextToHtml(text: string): string {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\n\s*\n/);
  return blocks
    .map((block) => {
      const lines = block.split('\n');
      const parts: string[] = [];
      let bullets: string[] = [];
      let prose: string[] = [];
      const flushBullets = () => {
        if (bullets.length) parts.push(`<ul>${bullets.map((b) => `<li>${escapeHtml(b)}</li>`).join('')}</ul>`);
        bullets = [];
      };
      const flushProse = () => {
        if (prose.length) parts.push(`<p>${prose.map(escapeHtml).join('<br>')}</p>`);
        prose = [];
      };
      for (const line of lines) {
        const bullet = /^\s*[-•]\s+(.*)$/.exec(line);
        if (bullet) {
          flushProse();
          bullets.push(bullet[1]!);
        } else {
          flushBullets();
          prose.push(line);
        }
      }
      flushProse();
      flushBullets();
      return parts.join('');
    })
    .join('');
}
