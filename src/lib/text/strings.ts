/** Text with every run of white space made one space, and none at either end. */
export const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Text to match literally inside a regular expression: "U.S. (2024)" -> "U\.S\. \(2024\)". */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
