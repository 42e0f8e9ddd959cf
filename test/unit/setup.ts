// Every unit test gets a fresh IndexedDB and a fresh fake browser.
import 'fake-indexeddb/auto';
import { z } from 'zod';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

z.config({ jitless: true });

beforeEach(() => {
  fakeBrowser.reset();
});
