/**
 * The one place the app imports zod from.
 *
 * zod/mini keeps the shared schemas small enough for the first page's JavaScript, and
 * `jitless` stops zod probing `new Function` at start-up, which a strict CSP would report.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
