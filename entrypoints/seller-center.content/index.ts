import { defineContentScript } from 'wxt/utils/define-content-script';
import { HOST_MATCHES } from '../../lib/hosts';

export default defineContentScript({
  matches: HOST_MATCHES,
  main() {},
});
