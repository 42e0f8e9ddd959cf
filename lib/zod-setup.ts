/**
 * Imported first by every entrypoint: zod must not probe `new Function`, which the
 * extension's CSP forbids (it would log CSP errors on every page).
 */
import { z } from 'zod';

z.config({ jitless: true });
