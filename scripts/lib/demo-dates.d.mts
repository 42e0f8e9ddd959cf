export declare const DAY_MS: number;
export declare function localDay(now: Date, days?: number): Date;
export declare function isoDay(date: Date): string;
export declare function sellerCenterDate(date: Date): string;
export declare function sinceMidnight(now: Date): number;
