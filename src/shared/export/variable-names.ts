/**
 * Terraform variable names for nodes. The rules (stored names, derivation, uniqueness) are
 * the model's (model/terraform-names.ts): a name is fixed when its node is created. The
 * export only reads it; this module keeps the export's import path.
 */
export { assignVariableNames, deriveIdentifier, variableNamesOf, type NamedNode, type NameSource, type VariableNameEntry } from '../model/terraform-names';
