/**
 * Imported first by every entrypoint: zod must not probe the Function constructor, which the
 * extension's CSP forbids (it would log CSP errors on every page).
 */
import { z } from 'zod';

z.config({ jitless: true });
