export declare const DEMO_ORIGIN: string;
export declare const DEMO_QUERY: string;
export declare const DEMO_PAGES: Record<string, [string, string]>;
export declare function demoPage(url: URL, now?: Date): string | null;
