import {
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  isAbstractType,
  isObjectType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

/** A field the client asked for below the one being resolved, with its arguments' values. */
export interface SelectedField {
  name: string;
  args: Record<string, unknown>;
  /** The fields asked for below this one (empty for a scalar). */
  children: () => SelectedField[];
}

/**
 * What the client asked for inside the field being resolved (fragments and @skip/@include worked out), so a
 * resolver can read ahead in one statement what its object's fields would otherwise read one by one. A field
 * asked twice under two aliases appears twice, with each alias's arguments.
 */
export function selectedFields(info: GraphQLResolveInfo): SelectedField[] {
  const type = getNamedType(info.returnType);
  if (!isObjectType(type)) return [];
  return info.fieldNodes.flatMap((node) => fieldsOf(info, type, node.selectionSet));
}

function fieldsOf(
  info: GraphQLResolveInfo,
  type: GraphQLObjectType,
  selectionSet: SelectionSetNode | undefined,
): SelectedField[] {
  if (!selectionSet) return [];
  const fields: SelectedField[] = [];
  for (const selection of selectionSet.selections) {
    if (!included(info, selection)) continue;
    if (selection.kind === Kind.FIELD) {
      const definition = type.getFields()[selection.name.value];
      if (!definition) continue; // __typename
      const childType = getNamedType(definition.type);
      fields.push({
        name: selection.name.value,
        args: getArgumentValues(definition, selection, info.variableValues),
        children: () => (isObjectType(childType) ? fieldsOf(info, childType, selection.selectionSet) : []),
      });
    } else {
      const fragment =
        selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
      if (!fragment || !appliesTo(info, fragment.typeCondition?.name.value, type)) continue;
      fields.push(...fieldsOf(info, type, fragment.selectionSet));
    }
  }
  return fields;
}

/** A fragment on the type itself, on an interface or union it belongs to, or without a type condition. */
function appliesTo(info: GraphQLResolveInfo, typeName: string | undefined, type: GraphQLObjectType): boolean {
  if (!typeName || typeName === type.name) return true;
  const condition = info.schema.getType(typeName);
  return condition !== undefined && isAbstractType(condition) && info.schema.isSubType(condition, type);
}

function included(info: GraphQLResolveInfo, node: Parameters<typeof getDirectiveValues>[1]): boolean {
  const skip = getDirectiveValues(GraphQLSkipDirective, node, info.variableValues);
  if (skip?.if === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues);
  return include?.if !== false;
}
