export declare function findFirefox(): string | null;
export declare function ensureFirefox(): string;
