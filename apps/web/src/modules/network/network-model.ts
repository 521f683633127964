/** The network picture as the page shows it: one row per atelier (the table), and the nodes and links it draws. */

export type NetworkNodeKind = 'SOCIAL_ISSUE' | 'ATELIER' | 'MUNICIPALITY' | 'TREKKER' | 'ORGANISATION';
export type NetworkEdgeKind = 'HAS_ATELIER' | 'LED_BY' | 'PRACTICES_IN' | 'TAKES_PART';

export interface NetworkNode {
  id: string;
  kind: NetworkNodeKind;
  label: string;
}
export interface NetworkEdge {
  from: string;
  to: string;
  kind: NetworkEdgeKind;
  weight: number;
}
export interface Network {
  nodes: readonly NetworkNode[];
  edges: readonly NetworkEdge[];
}

/** What is known of one atelier: the row of the table. */
export interface AtelierRow {
  atelier: NetworkNode;
  socialIssue: NetworkNode | null;
  trekker: NetworkNode | null;
  /** Gemeenten with the number of the atelier's lerende praktijken there, by name. */
  municipalities: { node: NetworkNode; practices: number }[];
  /** Organisations with the number of their people taking part, by name (only where the reader may see them). */
  organisations: { node: NetworkNode; people: number }[];
}

const byLabel = (a: { node: NetworkNode }, b: { node: NetworkNode }) =>
  a.node.label.localeCompare(b.node.label, 'nl');

/** The table's rows, by kwestie and then atelier; every node and link of the picture shows in one of them. */
export function atelierRows(network: Network): AtelierRow[] {
  const nodes = new Map(network.nodes.map((n) => [n.id, n]));
  const rows = new Map<string, AtelierRow>();
  for (const node of network.nodes) {
    if (node.kind === 'ATELIER') {
      rows.set(node.id, {
        atelier: node,
        socialIssue: null,
        trekker: null,
        municipalities: [],
        organisations: [],
      });
    }
  }
  for (const edge of network.edges) {
    const from = nodes.get(edge.from);
    const to = nodes.get(edge.to);
    if (!from || !to) continue;
    if (edge.kind === 'HAS_ATELIER') {
      const row = rows.get(to.id);
      if (row) row.socialIssue = from;
    } else if (edge.kind === 'LED_BY') {
      const row = rows.get(from.id);
      if (row) row.trekker = to;
    } else if (edge.kind === 'PRACTICES_IN') {
      rows.get(from.id)?.municipalities.push({ node: to, practices: edge.weight });
    } else {
      rows.get(to.id)?.organisations.push({ node: from, people: edge.weight });
    }
  }
  const list = [...rows.values()];
  for (const row of list) {
    row.municipalities.sort(byLabel);
    row.organisations.sort(byLabel);
  }
  return list.sort(
    (a, b) =>
      (a.socialIssue?.label ?? '').localeCompare(b.socialIssue?.label ?? '', 'nl') ||
      a.atelier.label.localeCompare(b.atelier.label, 'nl'),
  );
}

/**
 * The part of the picture around one node: the ateliers it is linked to (or itself, for an atelier) with all that
 * is linked to them. Null when the node is not in the picture (filtered away, or unknown).
 */
export function around(network: Network, nodeId: string): Network | null {
  const focus = network.nodes.find((n) => n.id === nodeId);
  if (!focus) return null;
  const ateliers = new Set<string>();
  if (focus.kind === 'ATELIER') ateliers.add(focus.id);
  for (const edge of network.edges) {
    if (edge.from === nodeId) ateliers.add(edge.to);
    if (edge.to === nodeId) ateliers.add(edge.from);
  }
  const isAtelier = new Set(network.nodes.filter((n) => n.kind === 'ATELIER').map((n) => n.id));
  for (const id of [...ateliers]) if (!isAtelier.has(id)) ateliers.delete(id);
  const edges = network.edges.filter((e) => ateliers.has(e.from) || ateliers.has(e.to));
  const kept = new Set(edges.flatMap((e) => [e.from, e.to]));
  for (const id of ateliers) kept.add(id);
  return { nodes: network.nodes.filter((n) => kept.has(n.id)), edges };
}
