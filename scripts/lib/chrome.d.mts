export declare function findChrome(): string | null;
export declare function ensureChrome(): string;
