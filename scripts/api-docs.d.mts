export declare const API_TABLES_MARK: string;
export declare function apiTables(manifest: unknown): string;
export declare function withApiTables(html: string, manifestPath?: string): string;
