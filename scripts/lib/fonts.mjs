// Screenshots show Chinese (the Chinese UI, and Chinese source titles in every language): without
// a CJK font Chromium draws boxes. Installed only when screenshots are asked for (~56 MB).
import { execFileSync } from 'node:child_process';
import { aptInstall } from './apt.mjs';

/** Font families fontconfig has for `lang` (e.g. 'zh-cn'); empty when none or no fontconfig. */
export function fontsFor(lang) {
  try {
    return execFileSync('fc-list', [`:lang=${lang}`, 'family'], { encoding: 'utf8' }).split('\n').filter(Boolean);
  } catch {
    return [];
  }
}

/** True when a Chinese font is there, installing Debian's fonts-noto-cjk when we may. */
export function ensureCjkFont() {
  if (fontsFor('zh-cn').length > 0) return true;
  aptInstall(['fonts-noto-cjk'], 'a Chinese font for the screenshots');
  return fontsFor('zh-cn').length > 0;
}
