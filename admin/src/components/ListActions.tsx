import type { ReactNode } from 'react';
import { CreateButton, FilterButton, TopToolbar, useFilterContext, useResourceDefinition } from 'react-admin';
import { ExportButton } from './ExportButton';

/**
 * The toolbar of every list: react-admin's filter and create buttons (create asks canAccess
 * itself), what the list adds of its own, and export as CSV and as Excel.
 */
export function ListActions({ children }: { children?: ReactNode }) {
  const filters = useFilterContext();
  const { hasCreate } = useResourceDefinition();
  return (
    <TopToolbar>
      {filters ? <FilterButton /> : null}
      {hasCreate ? <CreateButton /> : null}
      {children}
      <ExportButton format="csv" />
      <ExportButton format="xlsx" />
    </TopToolbar>
  );
}
