import type { ActorNetwork } from './network.js';

// XML 1.0 allows tab, newline, carriage return and everything from U+0020 except lone
// surrogates and U+FFFE/U+FFFF.
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe inside an XML attribute or element: characters XML cannot hold become U+FFFD. */
export function escapeXml(value: string): string {
  return value
    .replace(XML_INVALID, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

export const GRAPHML_OPEN =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n' +
  '         xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';

export interface NetworkLabels {
  /** Display name per actor id (the id is used when missing). */
  names: ReadonlyMap<string, string>;
  /** Coalition per actor id, when coalitions were computed. */
  coalitionOf?: ReadonlyMap<string, number>;
}

function data(key: string, value: string | number | undefined, indent = '      '): string {
  return value === undefined ? '' : `${indent}<data key="${key}">${escapeXml(String(value))}</data>\n`;
}

/**
 * The actor network as undirected GraphML (Gephi, yEd, networkx, igraph): actors with their
 * claim counts and coalition, ties with the normalised `weight` and the raw congruence and
 * conflict counts. The aggregation and normalisation are graph attributes.
 */
export function networkToGraphml(network: ActorNetwork, labels: NetworkLabels): string {
  const keys = [
    '  <key id="aggregation" for="graph" attr.name="aggregation" attr.type="string"/>\n',
    '  <key id="normalization" for="graph" attr.name="normalization" attr.type="string"/>\n',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>\n',
    '  <key id="claims" for="node" attr.name="claims" attr.type="int"/>\n',
    '  <key id="supports" for="node" attr.name="supports" attr.type="int"/>\n',
    '  <key id="opposes" for="node" attr.name="opposes" attr.type="int"/>\n',
    '  <key id="coalition" for="node" attr.name="coalition" attr.type="int"/>\n',
    '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>\n',
    '  <key id="congruence" for="edge" attr.name="congruence" attr.type="double"/>\n',
    '  <key id="conflict" for="edge" attr.name="conflict" attr.type="double"/>\n',
  ].join('');
  const nodes = network.nodes.map(
    (n) =>
      `    <node id="${escapeXml(n.actorId)}">\n${data('label', labels.names.get(n.actorId) ?? n.actorId)}${data('claims', n.claims)}` +
      `${data('supports', n.supports)}${data('opposes', n.opposes)}${data('coalition', labels.coalitionOf?.get(n.actorId))}    </node>\n`,
  );
  const edges = network.edges.map(
    (e, i) =>
      `    <edge id="e${i}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">\n` +
      `${data('weight', e.weight)}${data('congruence', e.congruence)}${data('conflict', e.conflict)}    </edge>\n`,
  );
  return (
    GRAPHML_OPEN +
    keys +
    '  <graph id="alignment" edgedefault="undirected">\n' +
    data('aggregation', network.aggregation, '    ') +
    data('normalization', network.normalization, '    ') +
    nodes.join('') +
    edges.join('') +
    '  </graph>\n</graphml>\n'
  );
}
