import { Kind, parse, type DefinitionNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { positionClaimFields } from '../../../src/graphql/selection.js';
import { ALL_CLAIM_FIELDS, normalizeClaimFields, type ClaimFields } from '../../../src/store/claim-fields.js';

const isOperation = (node: DefinitionNode): node is OperationDefinitionNode => node.kind === Kind.OPERATION_DEFINITION;
const isFragment = (node: DefinitionNode): node is FragmentDefinitionNode => node.kind === Kind.FRAGMENT_DEFINITION;

/** What the first field of the operation (a list of positions) needs read of its claims. */
function claimFieldsOf(source: string): ClaimFields | null {
  const document = parse(source);
  const operation = document.definitions.find(isOperation);
  const field = operation?.selectionSet.selections[0];
  if (field?.kind !== Kind.FIELD) throw new Error('the operation must start with a field');
  const fragments = Object.fromEntries(document.definitions.filter(isFragment).map((fragment) => [fragment.name.value, fragment]));
  const fields = positionClaimFields([field], fragments);
  return fields === null ? null : normalizeClaimFields(fields);
}

const none = { claim: [], occurrences: false, occurrence: [], article: [] };

describe('positionClaimFields: the claim properties a positions field asks for', () => {
  test('no claims, corroboration or outlets: the claims are not read', () => {
    expect(claimFieldsOf(`{ whoSupports(issue: "withdrawal") { stance claimCount actor { name } first last } }`)).toBeNull();
  });

  test('claim properties only; ids, actor and issue come anyway', () => {
    expect(claimFieldsOf(`{ whoSupports(issue: "withdrawal") { claims { id quote confidence actor { name } issue { id } __typename } } }`)).toEqual({
      ...none,
      claim: ['quote', 'confidence'],
    });
  });

  test("the claim's article: its occurrences with the article properties asked for (text is read by id)", () => {
    expect(claimFieldsOf(`{ positions(issue: "withdrawal") { claims { article { id outlet publishedAt text } } } }`)).toEqual({
      ...none,
      occurrences: true,
      article: ['outlet', 'publishedAt'],
    });
  });

  test('fragments, inline fragments and aliases are merged', () => {
    const source = `
      { w: whoOpposes(issue: "withdrawal") { ...position } }
      fragment position on Position { a: claims { start } claims { ... on Claim { qualifiers ...spans } } }
      fragment spans on Claim { occurrences { end article { title } } }`;
    expect(claimFieldsOf(source)).toEqual({ claim: ['qualifiers', 'start'], occurrences: true, occurrence: ['end'], article: ['title'] });
  });

  test('corroboration needs the occurrences; outlets their outlet', () => {
    expect(claimFieldsOf(`{ whoSupports(issue: "withdrawal") { corroboration } }`)).toEqual({ ...none, occurrences: true });
    expect(claimFieldsOf(`{ whoSupports(issue: "withdrawal") { outlets } }`)).toEqual({ ...none, occurrences: true, article: ['outlet'] });
    expect(claimFieldsOf(`{ whoSupports(issue: "withdrawal") { claims { corroboration } } }`)).toEqual({ ...none, occurrences: true });
  });

  test('a field it does not know reads everything', () => {
    expect(claimFieldsOf(`{ whoSupports(issue: "withdrawal") { claims { quote fieldAddedLater } } }`)).toEqual(ALL_CLAIM_FIELDS);
    expect(claimFieldsOf(`{ whoSupports(issue: "withdrawal") { claims { article { outlet fieldAddedLater } } } }`)).toEqual(ALL_CLAIM_FIELDS);
  });
});
