import { ScrollArea } from '@mantine/core';
import { useMemo } from 'react';
import { tokenizeHcl, type HclTokenKind } from './hcl-tokens';

const colors: Record<HclTokenKind, string | undefined> = {
  comment: 'var(--mantine-color-gray-6)',
  string: 'var(--mantine-color-teal-8)',
  number: 'var(--mantine-color-orange-8)',
  keyword: 'var(--mantine-color-violet-7)',
  identifier: 'var(--mantine-color-indigo-9)',
  operator: 'var(--mantine-color-gray-7)',
  text: undefined,
};

/** A file's text with light colouring; spans only, so file content is never parsed as HTML. */
export function HclPreview({ text, fileName }: { text: string; fileName: string }) {
  const tokens = useMemo(() => tokenizeHcl(text), [text]);
  return (
    <ScrollArea style={{ flex: 1, minHeight: 0 }} type="auto" data-testid="tfvars-preview" data-file={fileName}>
      <pre style={{ margin: 0, padding: '12px 16px', fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12.5, lineHeight: 1.55, whiteSpace: 'pre' }}>
        {tokens.map((token, i) =>
          token.kind === 'text' ? (
            token.text
          ) : (
            <span key={i} className={`hcl-${token.kind}`} style={{ color: colors[token.kind], fontStyle: token.kind === 'comment' ? 'italic' : undefined }}>
              {token.text}
            </span>
          ),
        )}
      </pre>
    </ScrollArea>
  );
}
