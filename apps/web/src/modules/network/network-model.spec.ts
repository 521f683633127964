import { around, atelierRows, type Network } from './network-model';

const network: Network = {
  nodes: [
    { id: 'k1', kind: 'SOCIAL_ISSUE', label: 'Eenzaamheid' },
    { id: 'k2', kind: 'SOCIAL_ISSUE', label: 'Armoede' },
    { id: 'a1', kind: 'ATELIER', label: 'Atelier eenzaamheid' },
    { id: 'a2', kind: 'ATELIER', label: 'Atelier armoede' },
    { id: 't1', kind: 'TREKKER', label: 'Lotte' },
    { id: 'g1', kind: 'MUNICIPALITY', label: 'Nijmegen' },
    { id: 'g2', kind: 'MUNICIPALITY', label: 'Arnhem' },
    { id: 'o1', kind: 'ORGANISATION', label: 'Buurtwerk' },
  ],
  edges: [
    { from: 'k1', to: 'a1', kind: 'HAS_ATELIER', weight: 1 },
    { from: 'k2', to: 'a2', kind: 'HAS_ATELIER', weight: 1 },
    { from: 'a1', to: 't1', kind: 'LED_BY', weight: 1 },
    { from: 'a2', to: 't1', kind: 'LED_BY', weight: 1 },
    { from: 'a1', to: 'g1', kind: 'PRACTICES_IN', weight: 2 },
    { from: 'a1', to: 'g2', kind: 'PRACTICES_IN', weight: 1 },
    { from: 'a2', to: 'g2', kind: 'PRACTICES_IN', weight: 1 },
    { from: 'o1', to: 'a1', kind: 'TAKES_PART', weight: 3 },
  ],
};

describe('the network as a table', () => {
  it('has a row per atelier, by kwestie, with its trekker, gemeenten and organisations', () => {
    const rows = atelierRows(network);
    expect(rows.map((r) => [r.socialIssue?.label, r.atelier.label, r.trekker?.label])).toEqual([
      ['Armoede', 'Atelier armoede', 'Lotte'],
      ['Eenzaamheid', 'Atelier eenzaamheid', 'Lotte'],
    ]);
    expect(rows[1]!.municipalities.map((m) => [m.node.label, m.practices])).toEqual([
      ['Arnhem', 1],
      ['Nijmegen', 2],
    ]);
    expect(rows[1]!.organisations.map((o) => [o.node.label, o.people])).toEqual([['Buurtwerk', 3]]);
    expect(rows[0]!.organisations).toEqual([]);
  });

  it('narrows to what is around a node: the ateliers it is linked to, with their links', () => {
    const nijmegen = around(network, 'g1')!;
    expect(atelierRows(nijmegen).map((r) => r.atelier.label)).toEqual(['Atelier eenzaamheid']);
    expect(nijmegen.nodes.map((n) => n.id).sort()).toEqual(['a1', 'g1', 'g2', 'k1', 'o1', 't1']);
    // The trekker leads both.
    expect(atelierRows(around(network, 't1')!)).toHaveLength(2);
    expect(around(network, 'onbekend')).toBeNull();
  });
});
