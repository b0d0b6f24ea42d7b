import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';

const validator = new HtmlValidate(new FileSystemConfigLoader());

/** html-validate's findings for one built page, under the project's .htmlvalidate.mjs. */
export async function htmlProblems(file: string): Promise<string[]> {
  const report = await validator.validateFile(file);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} (${m.line}:${m.column}): ${m.message}`));
}
