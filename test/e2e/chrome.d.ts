// page.evaluate callbacks run in extension pages, where `chrome` is the extension API.
declare const chrome: any;
