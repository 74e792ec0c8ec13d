import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of a production build, as a meta tag until a server sends the header.
 * No 'unsafe-inline' or 'unsafe-eval' for scripts or styles: React sets style through the CSSOM,
 * which the policy allows. Development keeps Vite's inline preamble, so the tag is added at build only.
 * (frame-ancestors cannot be set from a meta tag; the server will send it.)
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}
