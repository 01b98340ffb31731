import { NavLink, Text } from '@mantine/core';
import { Braces, FileCode, FileSpreadsheet } from 'lucide-react';

export interface ExportFileEntry {
  id: string;
  label: string;
  description: string;
  type: 'xlsx' | 'tf' | 'json';
}

const icons = { xlsx: FileSpreadsheet, tf: FileCode, json: Braces };

/** The files a save would write, in the order an infra team applies them. */
export function ExportFileList({ files, selected, onSelect }: { files: readonly ExportFileEntry[]; selected: string; onSelect(id: string): void }) {
  return (
    <div data-testid="export-files">
      {files.map((file) => {
        const Icon = icons[file.type];
        return (
          <NavLink
            key={file.id}
            active={file.id === selected}
            onClick={() => onSelect(file.id)}
            label={<Text size="sm" ff={file.type === 'xlsx' ? undefined : 'monospace'} truncate title={file.label}>{file.label}</Text>}
            rightSection={<Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>{file.description}</Text>}
            leftSection={<Icon size={16} color={file.type === 'xlsx' ? 'var(--mantine-color-green-7)' : 'var(--mantine-color-indigo-6)'} />}
            py={3}
            data-testid={`export-file-${file.id}`}
          />
        );
      })}
    </div>
  );
}
