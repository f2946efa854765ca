/** See validators.mjs. */
export declare const GENERATED: URL;
export declare function generateValidators(): string;
