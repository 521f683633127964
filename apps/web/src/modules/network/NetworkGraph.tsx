import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import { useMemo, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../app/i18n';
import type { Network, NetworkEdge, NetworkNode, NetworkNodeKind } from './network-model';

interface Placed extends SimulationNodeDatum, NetworkNode {
  x: number;
  y: number;
}
type Link = SimulationLinkDatum<Placed> & NetworkEdge;

const KINDS: NetworkNodeKind[] = ['SOCIAL_ISSUE', 'ATELIER', 'MUNICIPALITY', 'TREKKER', 'ORGANISATION'];
const DRAW_ORDER: NetworkNodeKind[] = ['ORGANISATION', 'MUNICIPALITY', 'TREKKER', 'SOCIAL_ISSUE', 'ATELIER'];
const RADIUS: Record<NetworkNodeKind, number> = {
  SOCIAL_ISSUE: 11,
  ATELIER: 12,
  MUNICIPALITY: 10,
  TREKKER: 8,
  ORGANISATION: 9,
};
const LINE_CHARS = 24;

/**
 * A label in lines of about LINE_CHARS characters, broken between words: shown whole, so that the link's name
 * (its kind and label) holds all of its visible text.
 */
function labelLines(label: string): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/)) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last]!.length + 1 + word.length <= LINE_CHARS) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * Where every node goes, worked out at once (a few hundred steps of d3-force for some dozens of nodes take a few
 * milliseconds): the picture does not move under the pointer or the keyboard, and nothing moves at all for those
 * who ask for less motion (the nodes' fade-in is CSS, switched off by prefers-reduced-motion).
 */
function layout(network: Network): { nodes: Placed[]; links: Link[]; viewBox: string } {
  const nodes: Placed[] = network.nodes.map((n) => ({ ...n, x: 0, y: 0 }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const links: Link[] = network.edges
    .filter((e) => byId.has(e.from) && byId.has(e.to))
    .map((e) => ({ ...e, source: e.from, target: e.to }));
  forceSimulation<Placed>(nodes)
    .force(
      'link',
      forceLink<Placed, Link>(links)
        .id((n) => n.id)
        .distance((l) => (l.kind === 'HAS_ATELIER' || l.kind === 'LED_BY' ? 60 : 90)),
    )
    .force('charge', forceManyBody<Placed>().strength(-320))
    // Room for a node's label beside it, so labels seldom run into each other.
    .force('collide', forceCollide<Placed>(38))
    // The kwesties' separate clusters held together, a little wider than high, as a page on a desk.
    .force('x', forceX<Placed>(0).strength(0.1))
    .force('y', forceY<Placed>(0).strength(0.16))
    .stop()
    .tick(300);
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const pad = 30;
  // Labels run to the right of their node: room for the longest one on the right edge.
  const left = Math.min(0, ...xs) - pad;
  const right = Math.max(0, ...xs) + pad + LINE_CHARS * 6.2;
  const top = Math.min(0, ...ys) - pad;
  // The longest labels run to four lines below their node.
  const bottom = Math.max(0, ...ys) + pad + 3 * 13;
  return { nodes, links, viewBox: `${left} ${top} ${right - left} ${bottom - top}` };
}

/** The mark of a kind: a shape of its own as well as a colour, so kinds differ without colour too. */
export function NodeMark({ kind, r }: { kind: NetworkNodeKind; r: number }) {
  const className = `network-mark network-mark--${kind.toLowerCase()}`;
  switch (kind) {
    case 'SOCIAL_ISSUE':
      return <rect className={className} x={-r} y={-r} width={2 * r} height={2 * r} rx={3} />;
    case 'ATELIER':
      return <circle className={className} r={r} />;
    case 'MUNICIPALITY':
      return (
        <path className={className} d={`M0 ${-r * 1.25} L${r * 1.25} 0 L0 ${r * 1.25} L${-r * 1.25} 0 Z`} />
      );
    case 'TREKKER':
      return <circle className={className} r={r} />;
    case 'ORGANISATION':
      return (
        <path className={className} d={`M0 ${-r * 1.2} L${r * 1.15} ${r * 0.9} L${-r * 1.15} ${r * 0.9} Z`} />
      );
  }
}

/**
 * The network as a drawing: every node a link (to the atelier's page, or to the part of the picture around it),
 * reached with Tab and followed with Enter or a click; the table beside it holds the same, for reading.
 */
export function NetworkGraph({
  network,
  hrefOf,
}: {
  network: Network;
  hrefOf: (node: NetworkNode) => string;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { nodes, links, viewBox } = useMemo(() => layout(network), [network]);
  const [active, setActive] = useState<string | null>(null);
  const near = useMemo(() => {
    if (!active) return null;
    const ids = new Set([active]);
    for (const l of links) {
      const from = (l.source as Placed).id;
      const to = (l.target as Placed).id;
      if (from === active) ids.add(to);
      if (to === active) ids.add(from);
    }
    return ids;
  }, [active, links]);

  const follow = (href: string) => (event: MouseEvent | KeyboardEvent) => {
    if ('key' in event && event.key !== 'Enter') return;
    if ('button' in event && (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)) return;
    event.preventDefault();
    void navigate(href);
  };

  return (
    <figure className="network-graph">
      <svg
        viewBox={viewBox}
        role="group"
        aria-label={t('network.graphLabel')}
        className={active ? 'network-graph__svg network-graph__svg--focused' : 'network-graph__svg'}
      >
        <g aria-hidden="true">
          {links.map((l) => {
            const from = l.source as Placed;
            const to = l.target as Placed;
            const lit = active !== null && (from.id === active || to.id === active);
            return (
              <line
                key={`${from.id}-${to.id}-${l.kind}`}
                className={`network-edge network-edge--${l.kind.toLowerCase()}${lit ? ' network-edge--lit' : ''}`}
                x1={from.x}
                y1={from.y}
                x2={to.x}
                y2={to.y}
                strokeWidth={1 + Math.min(l.weight, 5) * 0.6}
              />
            );
          })}
        </g>
        {/* Ateliers drawn last, on top: the nodes most followed are never under another's label. */}
        {[...nodes]
          .sort((a, b) => DRAW_ORDER.indexOf(a.kind) - DRAW_ORDER.indexOf(b.kind))
          .map((n) => {
            const href = hrefOf(n);
            const r = RADIUS[n.kind];
            const lines = labelLines(n.label);
            const name = `${t(`network.kind.${n.kind}`)}: ${n.label}`;
            return (
              <a
                key={n.id}
                href={href}
                // Said outright: not every tool gives an SVG link its role.
                role="link"
                aria-label={name}
                className={`network-node${near && !near.has(n.id) ? ' network-node--faded' : ''}`}
                onClick={follow(href)}
                onKeyDown={follow(href)}
                onFocus={() => setActive(n.id)}
                onBlur={() => setActive(null)}
                onMouseEnter={() => setActive(n.id)}
                onMouseLeave={() => setActive(null)}
              >
                <title>{name}</title>
                <g transform={`translate(${n.x} ${n.y})`}>
                  {/* The whole of the node, mark and label, is the target for a pointer (WCAG 2.5.8). */}
                  <rect
                    className="network-node__target"
                    x={-r - 2}
                    y={-r - 2}
                    width={2 * r + 9 + Math.max(...lines.map((l) => l.length)) * 6.2}
                    height={Math.max(2 * r, r + 8 + (lines.length - 1) * 13) + 4}
                  />
                  <NodeMark kind={n.kind} r={r} />
                  <text y={4} className="network-node__label" aria-hidden="true">
                    {lines.map((line, i) => (
                      <tspan key={i} x={r + 5} dy={i === 0 ? 0 : 13}>
                        {/* The space between lines keeps the words apart in the text read from the drawing. */}
                        {i < lines.length - 1 ? `${line} ` : line}
                      </tspan>
                    ))}
                  </text>
                </g>
              </a>
            );
          })}
      </svg>
      <figcaption>
        <ul className="network-legend">
          {KINDS.map((kind) => (
            <li key={kind}>
              <svg viewBox="-12 -12 24 24" aria-hidden="true" focusable="false">
                <NodeMark kind={kind} r={8} />
              </svg>
              {t(`network.kindPlural.${kind}`, {
                count: network.nodes.filter((n) => n.kind === kind).length,
              })}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

export default NetworkGraph;
