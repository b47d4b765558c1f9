import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import type { NetworkModel } from './derive.ts';

export const STANCE_COLOURS = {
  SUPPORTS: '#2e7d32',
  OPPOSES: '#c62828',
  MIXED: '#ef9f00',
  NEUTRAL: '#78909c',
} as const;

const ISSUE_COLOUR = '#1a3a6b';

export interface NetworkView {
  cy: Core;
  relabel(label: (kind: 'actor' | 'issue', refId: string) => string): void;
  /** Fades every actor not in `actorIds` (a search); null shows all. */
  focus(actorIds: Set<string> | null): void;
  destroy(): void;
}

/** The alignment network, force-directed (cytoscape's CoSE layout), coloured by stance. */
export function renderNetwork(
  container: HTMLElement,
  model: NetworkModel,
  label: (kind: 'actor' | 'issue', refId: string) => string,
  onActor: (actorId: string) => void,
): NetworkView {
  const elements: ElementDefinition[] = [
    ...model.nodes.map((n) => ({
      group: 'nodes' as const,
      data: { id: n.id, kind: n.kind, refId: n.refId, stance: n.stance ?? 'ISSUE', label: label(n.kind, n.refId), size: n.kind === 'issue' ? 64 : 22 + Math.min(26, n.weight * 5) },
    })),
    ...model.edges.map((e) => ({
      group: 'edges' as const,
      data: { id: e.id, source: e.source, target: e.target, kind: e.kind, stance: e.stance ?? 'NONE', width: Math.min(8, 1.5 + e.weight) },
    })),
  ];
  const cy = cytoscape({
    container,
    elements,
    minZoom: 0.3,
    maxZoom: 3,
    style: [
      {
        selector: 'node',
        style: {
          width: 'data(size)',
          height: 'data(size)',
          label: 'data(label)',
          'font-family': '"Noto Sans Arabic", "DejaVu Sans", system-ui, sans-serif',
          'font-size': 12,
          color: '#1d2733',
          'text-valign': 'bottom',
          'text-margin-y': 4,
          'text-wrap': 'wrap',
          'text-max-width': '140px',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.75,
          'text-background-padding': '2px',
          'border-width': 2,
          'border-color': '#ffffff',
        },
      },
      ...Object.entries(STANCE_COLOURS).map(([stance, colour]) => ({ selector: `node[stance = "${stance}"]`, style: { 'background-color': colour } })),
      { selector: 'node[kind = "issue"]', style: { 'text-background-opacity': 0.9, 'text-max-width': '180px', shape: 'round-hexagon' as const, 'background-color': ISSUE_COLOUR, color: ISSUE_COLOUR, 'font-weight': 'bold', 'font-size': 13 } },
      { selector: 'edge', style: { width: 'data(width)', 'curve-style': 'bezier', opacity: 0.8 } },
      ...Object.entries(STANCE_COLOURS).map(([stance, colour]) => ({
        selector: `edge[kind = "stance"][stance = "${stance}"]`,
        style: { 'line-color': colour, 'target-arrow-color': colour, 'target-arrow-shape': 'triangle' as const },
      })),
      ...Object.entries(STANCE_COLOURS).map(([stance, colour]) => ({ selector: `edge[kind = "agrees"][stance = "${stance}"]`, style: { 'line-color': colour, opacity: 0.35 } })),
      { selector: 'edge[kind = "disagrees"]', style: { 'line-color': STANCE_COLOURS.OPPOSES, 'line-style': 'dashed' as const, opacity: 0.35, width: 1.5 } },
      { selector: 'edge[kind = "partOf"]', style: { 'line-color': '#607080', 'line-style': 'dotted' as const, 'target-arrow-shape': 'vee' as const, 'target-arrow-color': '#607080', width: 2 } },
      { selector: '.faded', style: { opacity: 0.12 } },
      { selector: 'node:selected', style: { 'border-color': '#111', 'border-width': 3 } },
    ],
    // Stance edges pull actors to the issue; co-quote links are long and loose, so they only lean sides together.
    layout: {
      name: 'cose',
      animate: false,
      randomize: false,
      nodeRepulsion: () => 60000,
      idealEdgeLength: (edge: cytoscape.EdgeSingular) => ({ stance: 130, partOf: 90, agrees: 170, disagrees: 260 })[edge.data('kind') as string] ?? 130,
      edgeElasticity: (edge: cytoscape.EdgeSingular) => (edge.data('kind') === 'stance' ? 100 : 400),
      nodeOverlap: 40,
      padding: 30,
    } as cytoscape.LayoutOptions,
  });
  cy.on('tap', 'node[kind = "actor"]', (event) => onActor(event.target.data('refId') as string));
  container.dataset.nodes = String(cy.nodes().length);
  container.dataset.edges = String(cy.edges().length);
  container.dataset.labels = cy
    .nodes()
    .map((node) => node.data('label') as string)
    .join('|');
  return {
    cy,
    relabel(next) {
      cy.batch(() => {
        cy.nodes().forEach((node) => {
          node.data('label', next(node.data('kind'), node.data('refId')));
        });
      });
      container.dataset.labels = cy
        .nodes()
        .map((node) => node.data('label') as string)
        .join('|');
    },
    focus(actorIds) {
      cy.batch(() => {
        cy.elements().removeClass('faded');
        if (actorIds === null) return;
        const faded = cy.nodes('[kind = "actor"]').filter((node) => !actorIds.has(node.data('refId') as string));
        faded.addClass('faded');
        faded.connectedEdges().addClass('faded');
      });
      container.dataset.focused = actorIds === null ? '' : String(actorIds.size);
    },
    destroy() {
      cy.destroy();
    },
  };
}
