import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether the query asks for `name` directly inside the field being resolved, written out or
 * through fragments. Resolvers use it to fetch a level below in the same round trip. @skip and
 * @include are not evaluated: a skipped field is at worst fetched for nothing.
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  return info.fieldNodes.some((node) => node.selectionSet !== undefined && selects(node.selectionSet, name, info));
}

function selects(set: SelectionSetNode, name: string, info: GraphQLResolveInfo): boolean {
  return set.selections.some((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === name;
    if (selection.kind === Kind.INLINE_FRAGMENT) return selects(selection.selectionSet, name, info);
    const fragment = info.fragments[selection.name.value];
    return fragment !== undefined && selects(fragment.selectionSet, name, info);
  });
}
