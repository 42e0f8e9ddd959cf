export declare const PARTNER_ORIGIN: string;
export declare const PARTNER_PATH: string;
export declare function partnerPage(url: URL): string | null;
