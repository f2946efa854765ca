// Types of the generated validators (scripts/validators.mjs writes the .js at build time).
type Generated = ((data: unknown) => boolean) & { errors?: unknown[] | null };
export declare const validateRest: Generated;
export declare const validateProject: Generated;
export declare const validateConfig: Generated;
