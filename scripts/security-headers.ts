/**
 * The headers the app is served with, in one place for every server: `vite preview`
 * (vite.config.ts), the test and benchmark server (static-server.ts), and static hosts that
 * read a `_headers` file (Netlify, Cloudflare Pages), which the build writes next to index.html.
 *
 * The Content-Security-Policy: scripts, workers and connections only from the app's own origin
 * (sql.js needs 'wasm-unsafe-eval' to compile its WebAssembly), media and fonts from the origin,
 * blob: (the media store) or data:, and nothing else. A second line of defence behind the
 * sanitizers: whatever an imported deck carries cannot run script or reach another origin.
 * Styles stay 'unsafe-inline' (card HTML and note-type CSS are styled inline, after sanitizing;
 * CSS cannot run script). As a header it also says who may frame the app: no one.
 */
const POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "connect-src 'self'",
  "img-src 'self' blob: data:",
  "media-src 'self' blob: data:",
  "font-src 'self' blob: data:",
  "style-src 'self' 'unsafe-inline'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/**
 * The policy for the page's <meta> tag, which also holds where no header is sent (a file
 * server that knows nothing of `_headers`). A meta policy cannot say frame-ancestors, and
 * Chromium logs an error if it tries.
 */
export const META_CONTENT_SECURITY_POLICY = POLICY.join('; ');

/** Every response's security headers. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': [...POLICY, "frame-ancestors 'none'"].join('; '),
  // For browsers that predate frame-ancestors.
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  // Nothing the app opens (a link in a card, after the user confirms) learns where it came from.
  'Referrer-Policy': 'no-referrer',
};

/** The `_headers` file of static hosts: the same headers on every path. */
export function staticHostHeadersFile(): string {
  const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
  return `# Written by the build from scripts/security-headers.ts; edit that file, not this one.\n/*\n${lines.join('\n')}\n`;
}
