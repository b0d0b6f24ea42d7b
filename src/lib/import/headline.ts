/**
 * The label a headline opens with, as in "Exclusive: Russia, Reeling ..." -> "Exclusive": a
 * capitalised word or three before a colon. Undefined when the text before the colon is longer,
 * since then the colon is part of the headline's sentence ("Putin says Syria: ...").
 */
export function kickerOf(headline: string): string | undefined {
  const label = /^(\p{Lu}[\p{L}\p{N}'’-]*(?: [\p{L}\p{N}'’-]+){0,2}):\s+\S/u.exec(headline)?.[1];
  return label && label.length <= 30 ? label : undefined;
}
