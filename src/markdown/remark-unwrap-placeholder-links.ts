import type { Link, Parent, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

/** Addresses that lead nowhere: a bare fragment, or nothing at all. */
function isPlaceholderHref(url: string): boolean {
  return url.trim() === '' || url.trim() === '#';
}

/**
 * Captures of news pages keep links whose address the capture lost (`[Pyotr Kozlov](#)`). A reader
 * clicking one would land at the top of the page, so the link is replaced by its text.
 *
 * @example
 *   In:  cellist [Sergei Roldugin](#) performed
 *   Out: <p>cellist Sergei Roldugin performed</p>
 */
export default function remarkUnwrapPlaceholderLinks() {
  return (tree: Root) => {
    visit(tree, 'link', (node: Link, index, parent: Parent | undefined) => {
      if (!parent || index === undefined || !isPlaceholderHref(node.url)) return;
      parent.children.splice(index, 1, ...node.children);
      return [SKIP, index];
    });
  };
}
