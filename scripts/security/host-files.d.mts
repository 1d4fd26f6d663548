export declare function hostFiles(headers: Record<string, string>): Record<string, string>;
export declare function writeHostFiles(
  dir: string,
  clinicDir?: string,
): { origins: string[]; problems: string[] };
