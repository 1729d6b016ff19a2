import type { FindingPath } from '../../../shared/contracts/checks';

/**
 * Takes the editor to a finding's place in the Content Manager's edit view: opens the section or
 * table holding it, scrolls it into view and focuses its input.
 *
 * Strapi 5.54 draws a repeatable component (sections, tables) as a Radix accordion: each item is
 * a header `h3 > button[aria-expanded]` followed, only while open, by the item's inputs (named by
 * their field path, `tables.4.title`). Nothing names a closed item, so an item is found by its
 * place among its accordion's items, and the accordion by an open item's inputs, else by the
 * titles its triggers show (the component's main field: a table's title, a section's heading).
 * The `?field=` query the Repeatable component reads to open an item cannot be used: every other
 * repeatable field of the form throws on a path that is not its own.
 */

type Values = Record<string, unknown>;

const TRIGGER = ':scope > h3 > button[aria-expanded]';
const WAIT_MS = 1500;

const triggerOf = (item: Element) => item.querySelector<HTMLButtonElement>(TRIGGER);

/** The accordion item an element sits in. */
function itemAround(element: Element): HTMLElement | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    if (triggerOf(node)) return node;
  }
  return null;
}

const itemsOf = (root: Element) =>
  Array.from(root.children).filter((child): child is HTMLElement => triggerOf(child) !== null);

function titlesMatch(items: HTMLElement[], entries: unknown[]): boolean {
  return items.every((item, index) => {
    const shown = triggerOf(item)?.textContent?.trim() ?? '';
    const entry = entries[index];
    if (typeof entry !== 'object' || entry === null) return false;
    return Object.values(entry).some(
      (value) => typeof value === 'string' && value.trim() === shown,
    );
  });
}

/** The accordion of a repeatable field of the report (`tables`, `sections`). */
function accordionOf(field: string, values: Values): Element | null {
  const input = document.querySelector(`[name^="${CSS.escape(field)}."]`);
  const open = input ? itemAround(input) : null;
  if (open?.parentElement) return open.parentElement;
  const entries = Array.isArray(values[field]) ? (values[field] as unknown[]) : [];
  const roots = new Set<Element>();
  document.querySelectorAll('h3 > button[aria-expanded]').forEach((trigger) => {
    const root = trigger.parentElement?.parentElement?.parentElement;
    if (root) roots.add(root);
  });
  const matching = [...roots].filter((root) => {
    const items = itemsOf(root);
    return items.length === entries.length && items.length > 0 && titlesMatch(items, entries);
  });
  return matching.length === 1 ? matching[0] : null;
}

function waitFor(find: () => HTMLElement | null): Promise<HTMLElement | null> {
  const until = performance.now() + WAIT_MS;
  return new Promise((resolve) => {
    const look = () => {
      const found = find();
      if (found || performance.now() > until) resolve(found);
      else requestAnimationFrame(look);
    };
    look();
  });
}

const byName = (name: string, within: ParentNode = document) =>
  within.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`);

const editorIn = (within: ParentNode) =>
  within.querySelector<HTMLElement>('[contenteditable="true"]');

/** The input of a field inside an open item of `tables` or `sections`. */
function inputInItem(item: HTMLElement, path: FindingPath): HTMLElement | null {
  const [field, index, part] = path;
  if (field === 'tables' && part === 'cells' && path.length === 5) {
    const cell = `[data-cell-path="${CSS.escape(path.join('.'))}"]`;
    return item.querySelector<HTMLElement>(cell) ?? byName(`tables.${index}.cells`, item);
  }
  if (field === 'sections' && part === 'body') return editorIn(item);
  // A finding on a whole section is about its heading (S1: missing, misplaced, misnumbered).
  const name = part ?? (field === 'sections' ? 'heading' : undefined);
  return typeof name === 'string' ? byName(`${field}.${index}.${name}`, item) : null;
}

/** A top-level field's input; the preface is the blocks editor outside every section. */
function topLevelInput(field: string): HTMLElement | null {
  if (field === 'preface') {
    const editors = document.querySelectorAll<HTMLElement>('[contenteditable="true"]');
    return [...editors].find((editor) => itemAround(editor) === null) ?? null;
  }
  return byName(field);
}

function show(target: HTMLElement, focus: boolean) {
  target.scrollIntoView({ block: 'center', behavior: 'smooth' });
  if (focus) target.focus({ preventScroll: true });
}

export async function goToPlace(path: FindingPath, values: Values): Promise<void> {
  const [field, index] = path;
  if (typeof field !== 'string') return;
  if ((field !== 'tables' && field !== 'sections') || typeof index !== 'number') {
    const input = topLevelInput(field);
    if (input) return show(input, true);
    const root = accordionOf(field, values);
    if (root instanceof HTMLElement) show(root, false);
    return;
  }
  const root = accordionOf(field, values);
  const item = root ? itemsOf(root)[index] : undefined;
  if (!item) return;
  const trigger = triggerOf(item);
  if (trigger?.getAttribute('aria-expanded') === 'false') trigger.click();
  const input = await waitFor(() => inputInItem(item, path));
  show(input ?? item, input !== null);
}
