/**
 * Rendered charts as standalone SVG markup for the report. A copy of the
 * chart is cleaned before serialising: only drawing elements and
 * presentation attributes are kept, so nothing the page added (event
 * handlers, React's bookkeeping, links) reaches a file that will be opened
 * outside the app. An allow-list rather than a deny-list: a new Recharts
 * version adding an element we did not think of loses that element in the
 * report instead of smuggling it in. `core/report`'s `isInertSvg` checks
 * the result once more.
 */

const ELEMENTS = new Set([
  'svg',
  'g',
  'path',
  'rect',
  'line',
  'polyline',
  'polygon',
  'circle',
  'ellipse',
  'text',
  'tspan',
  'defs',
  'clippath',
  'lineargradient',
  'stop',
  'title',
  'desc',
]);

const ATTRIBUTES = new Set([
  'width',
  'height',
  'viewbox',
  'x',
  'y',
  'x1',
  'x2',
  'y1',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'd',
  'points',
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'transform',
  'text-anchor',
  'dominant-baseline',
  'font-size',
  'font-family',
  'font-weight',
  'dx',
  'dy',
  'id',
  'clip-path',
  'offset',
  'stop-color',
  'class',
  'role',
  'aria-label',
  'orientation',
  'xmlns',
]);

function clean(element: Element): void {
  for (const attribute of [...element.attributes]) {
    const name = attribute.name.toLowerCase();
    // `clip-path="url(#id)"` refers inside the chart; any other url() could fetch.
    const external = /url\(\s*(?!['"]?#)/i.test(attribute.value);
    if (!ATTRIBUTES.has(name) || external) element.removeAttribute(attribute.name);
  }
  for (const child of [...element.children]) {
    if (ELEMENTS.has(child.localName.toLowerCase())) clean(child);
    else child.remove();
  }
}

/** `svg` as standalone markup, cleaned (see the module comment). */
export function serialiseSvg(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  clean(copy);
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const width = svg.getAttribute('width');
  const height = svg.getAttribute('height');
  if (!copy.hasAttribute('viewBox') && width && height) {
    copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  }
  return new XMLSerializer().serializeToString(copy);
}
