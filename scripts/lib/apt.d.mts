export declare function canApt(): boolean;
export declare function aptInstall(packages: string[], why: string): boolean;
