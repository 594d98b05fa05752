/**
 * Checks that nothing from the data became markup: every element is one the library renders
 * itself, no attribute is an event handler, and links and styles carry no script.
 */

// Every tag the library's components render (Radix Dialog adds divs and an h2 title).
const OWN_TAGS = new Set([
  'a',
  'button',
  'bdi',
  'caption',
  'code',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'h2',
  'h3',
  'header',
  'input',
  'label',
  'legend',
  'li',
  'nav',
  'option',
  'p',
  'path',
  'section',
  'select',
  'span',
  'strong',
  'summary',
  'svg',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'time',
  'tr',
  'ul',
]);

/** Elements a test harness itself may put in the page around the view. */
const HARNESS_TAGS = new Set(['body', 'main']);

/** Problems found under `root`, as readable lines; empty when the DOM is clean. */
export function injectionProblems(root: Element): string[] {
  const problems: string[] = [];
  for (const element of [root, ...root.querySelectorAll('*')]) {
    const tag = element.localName;
    if (!OWN_TAGS.has(tag) && !HARNESS_TAGS.has(tag)) problems.push(`element <${tag}>`);
    if (tag === 'path' && element.parentElement?.localName !== 'svg') problems.push('a <path> outside our icon');
    for (const { name, value } of element.attributes) {
      if (/^on/i.test(name)) problems.push(`event handler attribute ${name}="${value.slice(0, 40)}"`);
      if (/^(src|srcdoc|srcset|formaction|action|xlink:href|background|poster)$/i.test(name)) {
        problems.push(`attribute ${name} on <${tag}>`);
      }
      if (name === 'href' && !/^https?:$/.test(new URL(value, 'https://host.example').protocol)) {
        problems.push(`href with scheme ${value.slice(0, 40)}`);
      }
      if (name === 'style' && /url\(|expression\(|javascript:/i.test(value))
        problems.push(`style ${value.slice(0, 40)}`);
    }
  }
  return problems;
}

export function expectNoInjection(root: Element = document.body): void {
  expect(injectionProblems(root)).toEqual([]);
}
