/** Where a template's reference checks report what they find: a path in the template and why. */
export type Path = Array<string | number>;
export type IssueSink = (path: Path, message: string) => void;
