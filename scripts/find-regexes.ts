import ts from 'typescript';

/** A regular expression written in the source, found through the TypeScript syntax tree. */
export interface FoundRegex {
  readonly file: string;
  readonly line: number;
  /**
   * `literal` (/…/), `constructor` (new RegExp with a pattern known at compile time, including
   * concatenations of constants of the same file), `template` (parts known only at run time, each
   * read as one letter so the static skeleton is still checked), `dynamic` (nothing known).
   */
  readonly form: 'literal' | 'constructor' | 'template' | 'dynamic';
  readonly source: string;
  readonly flags: string;
}

// Stands for each part of a pattern that is only known at run time.
const PLACEHOLDER = 'x';

interface Evaluated { readonly value: string; readonly exact: boolean }

export function findRegexes(file: string, code: string): FoundRegex[] {
  const sourceFile = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const constants = collectConstants(sourceFile);
  const found: FoundRegex[] = [];
  const lineOf = (node: ts.Node) => sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      found.push({ file, line: lineOf(node), form: 'literal', ...splitLiteral(node.text) });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && isRegExpCallee(node.expression)) {
      found.push({ file, line: lineOf(node), ...readConstructorArguments(node.arguments ?? ts.factory.createNodeArray(), constants) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

function splitLiteral(text: string): { source: string; flags: string } {
  const slash = text.lastIndexOf('/');
  return { source: text.slice(1, slash), flags: text.slice(slash + 1) };
}

function isRegExpCallee(expression: ts.Expression): boolean {
  return (ts.isIdentifier(expression) && expression.text === 'RegExp')
    || (ts.isPropertyAccessExpression(expression) && expression.name.text === 'RegExp');
}

/** `const NAME = …` declarations of the file, so that patterns assembled from them can be checked. */
function collectConstants(sourceFile: ts.SourceFile): Map<string, ts.Expression> {
  const constants = new Map<string, ts.Expression>();
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclarationList(node) && (node.flags & ts.NodeFlags.Const) !== 0) {
      for (const declaration of node.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.initializer !== undefined) constants.set(declaration.name.text, declaration.initializer);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return constants;
}

function evaluate(expression: ts.Expression, constants: Map<string, ts.Expression>, depth = 0): Evaluated {
  if (depth > 20) return { value: PLACEHOLDER, exact: false };
  const next = (inner: ts.Expression) => evaluate(inner, constants, depth + 1);
  if (ts.isStringLiteralLike(expression)) return { value: expression.text, exact: true };
  if (ts.isParenthesizedExpression(expression) || ts.isAsExpression(expression)) return next(expression.expression);
  if (ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    return join([next(expression.left), next(expression.right)]);
  }
  if (ts.isIdentifier(expression)) {
    const initializer = constants.get(expression.text);
    return initializer === undefined ? { value: PLACEHOLDER, exact: false } : next(initializer);
  }
  if (ts.isTemplateExpression(expression)) {
    return join([{ value: expression.head.text, exact: true }, ...expression.templateSpans.flatMap((span) => [next(span.expression), { value: span.literal.text, exact: true }])]);
  }
  if (ts.isTaggedTemplateExpression(expression) && expression.tag.getText() === 'String.raw') {
    const template = expression.template;
    if (ts.isNoSubstitutionTemplateLiteral(template)) return { value: template.rawText ?? template.text, exact: true };
    return join([
      { value: template.head.rawText ?? template.head.text, exact: true },
      ...template.templateSpans.flatMap((span) => [next(span.expression), { value: span.literal.rawText ?? span.literal.text, exact: true }]),
    ]);
  }
  if (ts.isCallExpression(expression) && ts.isPropertyAccessExpression(expression.expression) && expression.expression.name.text === 'join') {
    // [part, part].join('|'): alternations assembled from a list written in the file.
    const list = expression.expression.expression;
    const array = ts.isIdentifier(list) ? constants.get(list.text) : list;
    const separatorArgument = expression.arguments[0];
    if (array !== undefined && ts.isArrayLiteralExpression(array)) {
      const separator = separatorArgument === undefined ? { value: ',', exact: true } : next(separatorArgument);
      const parts = array.elements.map((element) => (ts.isSpreadElement(element) ? { value: PLACEHOLDER, exact: false } : next(element)));
      return join(parts.flatMap((part, index) => (index === 0 ? [part] : [separator, part])));
    }
  }
  return { value: PLACEHOLDER, exact: false };
}

function join(parts: readonly Evaluated[]): Evaluated {
  return { value: parts.map((part) => part.value).join(''), exact: parts.every((part) => part.exact) };
}

function readConstructorArguments(args: ts.NodeArray<ts.Expression>, constants: Map<string, ts.Expression>): Pick<FoundRegex, 'form' | 'source' | 'flags'> {
  const [pattern, flagsArgument] = args;
  const flags = flagsArgument === undefined ? '' : evaluate(flagsArgument, constants).value.replace(PLACEHOLDER, '');
  if (pattern === undefined) return { form: 'constructor', source: '(?:)', flags };
  if (ts.isRegularExpressionLiteral(pattern)) {
    const literal = splitLiteral(pattern.text);
    return { form: 'constructor', source: literal.source, flags: flags || literal.flags };
  }
  const evaluated = evaluate(pattern, constants);
  if (evaluated.exact) return { form: 'constructor', source: evaluated.value, flags };
  if (evaluated.value === PLACEHOLDER) return { form: 'dynamic', source: pattern.getText(), flags };
  return { form: 'template', source: evaluated.value, flags };
}
